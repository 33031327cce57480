import { eventSchema } from '../../schemas/event';
import { EVENT_KINDS, type EventKind } from '../../schemas/enums';
import { parseEventDate } from '../dates';
import { zodIssueToProblems, type ZodIssueLike } from '../check/zod-problems';
import { toMdxFile } from '../editor/frontmatter';
import { eventSlug } from '../editor/slug';
import { htmlToMdx, htmlToText, imagesIn } from './html-to-mdx';
import { escapeInline } from './escape';
import { mediaElement, readMedia, webUrl, type TimelineMedia } from './media';
import { sourceFor, type FallbackSource } from './source';
import {
  qualifyEdtf,
  readDisplayDate,
  RowError,
  slideDateToEdtf,
  type TimelineDate,
} from './timeline-date';

/** A TimelineJS slide (its JSON format), as far as the import reads it. */
export interface TimelineSlide {
  start_date?: TimelineDate;
  end_date?: TimelineDate;
  text?: { headline?: string; text?: string };
  media?: TimelineMedia;
  /** Shown behind the slide; Casetrail has no slide backgrounds. */
  background?: { url?: string; color?: string };
  /** A StoryMap-style place; Casetrail has no maps. */
  location?: unknown;
  group?: string;
  display_date?: string;
  unique_id?: string;
  /** Only in spreadsheets: "title" or "era" rows are not events. */
  type?: string;
  /** Casetrail columns a spreadsheet may add: an EDTF date, kind, status, summary, first source. */
  casetrail?: {
    date?: string;
    kind?: string;
    status?: string;
    summary?: string;
    sourceTitle?: string;
    sourcePublisher?: string;
    sourceUrl?: string;
    sourceKind?: string;
  };
}

/** How a whole import is set up. */
export interface ImportOptions {
  caseId: string;
  /** The kind for rows that do not give one (TimelineJS has no kinds). */
  kind?: EventKind;
  /** The source for rows whose media gives none. */
  source?: FallbackSource;
  today: string;
  /** Ids already taken in the content folder. */
  existingIds: Set<string>;
}

/** One row's outcome: a file to write, or the reason it could not be converted. Notes say what was dropped. */
export type RowResult =
  | {
      row: number;
      label: string;
      ok: true;
      id: string;
      path: string;
      /** The event file's front matter and MDX body; `text` is the file written from them. */
      data: Record<string, unknown>;
      body: string;
      text: string;
      edtf: string;
      notes: string[];
    }
  | { row: number; label: string; ok: false; reason: string; notes: string[] };

const SUMMARY_MAX = 300;
const ABBREVIATION =
  /(?:^|\s)(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|No|Nr|Art|para|c|ca|cf|vs?|e\.g|i\.e|etc|[A-Z])\.$/;

/** Return a summary from the slide's own text: its first sentences up to about 300 characters. */
export function summaryFromText(text: string): string {
  if (text.length <= SUMMARY_MAX) return text;
  // A sentence ends at . ! or ? followed by a space: "Ph.D in" and "U.S.-based" stay whole.
  const sentences = text
    .split(/(?<=[.!?]["'”’)]?)\s+(?=["'“‘(]?[A-Z0-9])/)
    .reduce<string[]>((all, part) => {
      // "Dr. Seuss", "c. 480", "v. Meta": an abbreviation does not end a sentence.
      const last = all.at(-1);
      if (last !== undefined && ABBREVIATION.test(last)) all[all.length - 1] = `${last} ${part}`;
      else all.push(part);
      return all;
    }, []);
  let summary = '';
  for (const sentence of sentences) {
    if (`${summary} ${sentence}`.trim().length > SUMMARY_MAX) break;
    summary = `${summary} ${sentence}`.trim();
  }
  return summary.trim() || `${text.slice(0, SUMMARY_MAX - 1).replace(/\s+\S*$/, '')}…`;
}

function kindFor(slide: TimelineSlide, options: ImportOptions): string {
  const given = slide.casetrail?.kind?.trim() || slide.group?.trim().toLowerCase();
  if (given && (EVENT_KINDS as readonly string[]).includes(given)) return given;
  if (slide.casetrail?.kind?.trim())
    throw new RowError(`kind "${slide.casetrail.kind}" is not one of ${EVENT_KINDS.join(', ')}`);
  if (options.kind) return options.kind;
  throw new RowError(
    `no kind: TimelineJS has none; pass --kind (one of ${EVENT_KINDS.join(', ')}) for rows without a Kind column`,
  );
}

const compact = (data: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(data).filter(
      ([, v]) => v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0),
    ),
  );

/** Return the date of a slide: its EDTF, with the qualifier its display date asks for, and the display text worth keeping. */
function slideDate(slide: TimelineSlide): { edtf: string; notes: string[]; dateNote?: string } {
  const given = slide.casetrail?.date?.trim();
  if (given) return { edtf: given, notes: [] };
  const { edtf, notes } = slideDateToEdtf(slide.start_date, slide.end_date);
  const display = (slide.display_date || slide.start_date?.display_date || '').trim();
  const parts = [slide.start_date, slide.end_date].flatMap((d) => [d?.year, d?.month, d?.day]);
  const reading = readDisplayDate(htmlToText(display), parts);
  const qualified = qualifyEdtf(edtf, reading.qualifier);
  if (qualified !== edtf)
    notes.push(
      `display date "${display}" reads as ${qualified === `${edtf}?` ? 'uncertain' : 'approximate'}: the date is ${qualified}`,
    );
  if (reading.saysMore)
    notes.push(
      `display date "${display}" says more than the date parts; it is kept as the body's date note`,
    );
  return { edtf: qualified, notes, dateNote: reading.saysMore ? htmlToText(display) : undefined };
}

/** Return notes for what a slide carries that Casetrail has no place for. */
function droppedParts(slide: TimelineSlide): string[] {
  const notes: string[] = [];
  if (slide.location)
    notes.push('location is not kept: Casetrail has no maps; name the place in the text');
  if (slide.background?.url || slide.background?.color)
    notes.push(
      `background ${slide.background.url ? `image ${slide.background.url}` : `colour ${slide.background.color}`} is not kept: Casetrail pages have no slide backgrounds`,
    );
  return notes;
}

/** Convert one slide into an event file, or say why it cannot be. `taken` collects ids used so far. */
export function slideToEvent(
  slide: TimelineSlide,
  row: number,
  options: ImportOptions,
  taken: Set<string>,
): RowResult {
  const headline = htmlToText(slide.text?.headline ?? '');
  const label = `${headline ? `"${headline.slice(0, 50)}"` : 'no headline'}${slide.unique_id ? ` (unique_id ${slide.unique_id})` : ''}`;
  const notes: string[] = [];
  try {
    if (!headline)
      throw new RowError('no headline: text.headline is empty, and every event needs a title');
    const date = slideDate(slide);
    const parsed = (() => {
      try {
        return parseEventDate(date.edtf);
      } catch (error) {
        throw new RowError(`date: ${(error as Error).message}`, { cause: error });
      }
    })();
    notes.push(...date.notes, ...droppedParts(slide));
    const html = slide.text?.text ?? '';
    const body = htmlToMdx(html);
    // A picture inside the text keeps its address as a <Media> after the text; MDX has no <img>.
    const pictures = imagesIn(html).flatMap(({ src, alt }) => {
      const url = webUrl(src);
      return url ? [{ src, element: mediaElement({ url, credit: '', caption: alt }) }] : [];
    });
    const moved = new Set(
      pictures.map(({ src }) => `dropped an image (${src}); add it as a source if it is one`),
    );
    notes.push(
      ...body.notes.filter((n) => !moved.has(n)),
      ...pictures.map(({ src }) => `the image ${src} in the text is kept as a <Media> after it`),
    );
    const kind = kindFor(slide, options);
    const media = readMedia(slide.media);
    const source = sourceFor(
      slide.casetrail,
      media,
      htmlToText(slide.media?.title ?? ''),
      slide.media?.link,
      options.source,
      notes,
    );
    if (media.kind === 'unusable') notes.push(`media ${media.what}; it was not kept`);
    if (media.kind === 'web' && media.audio)
      notes.push(`media ${media.url} is audio: Casetrail links to it, it does not play it`);
    const plain = htmlToText(html);
    let summary = slide.casetrail?.summary?.trim() || summaryFromText(plain);
    if (!summary && media.kind === 'quote') summary = summaryFromText(media.text);
    if (!summary) {
      summary = headline;
      notes.push('the slide has no text, so the summary repeats the headline; write a real one');
    }
    const status =
      slide.casetrail?.status?.trim() ||
      ((parsed.earliest ?? '') > options.today ? 'scheduled' : 'occurred');
    const group = htmlToText(slide.group ?? '');
    const base = eventSlug(parsed, headline);
    if (options.existingIds.has(base))
      throw new RowError(
        `an event with the id "${base}" already exists; the import never overwrites (delete that file first to import it again)`,
      );
    let id = base;
    for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
    const data = compact({
      title: headline,
      summary,
      date: date.edtf,
      status,
      kind,
      cases: [options.caseId],
      sources: [compact({ ...source })],
      tags: group ? [group] : [],
      published: options.today,
    });
    const result = eventSchema.safeParse(data);
    if (!result.success) {
      const first = zodIssueToProblems('', data, result.error.issues[0] as ZodIssueLike)[0];
      throw new RowError(`${first?.field}: found ${first?.found}; ${first?.expected}`);
    }
    taken.add(id);
    const mdx = [
      date.dateNote && `*Date as the source gives it: ${escapeInline(date.dateNote)}.*`,
      media.kind === 'web' && mediaElement(media),
      media.kind === 'quote' && `<Quote source="${source.id}">${escapeInline(media.text)}</Quote>`,
      body.mdx,
      ...pictures.map((p) => p.element),
    ]
      .filter(Boolean)
      .join('\n\n');
    return {
      row,
      label,
      ok: true,
      id,
      path: `events/${options.caseId}/${id}.mdx`,
      data,
      body: mdx,
      text: eventFileText(data, mdx),
      edtf: date.edtf,
      notes,
    };
  } catch (error) {
    if (!(error instanceof RowError)) throw error;
    return { row, label, ok: false, reason: error.message, notes };
  }
}

/** Return the text of an event file from its front matter and MDX body. */
export function eventFileText(data: Record<string, unknown>, body: string): string {
  return toMdxFile(data, body || '{/* The TimelineJS slide had no text. */}');
}
