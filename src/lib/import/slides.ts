import { eventSchema } from '../../schemas/event';
import { EVENT_KINDS, type EventKind } from '../../schemas/enums';
import { parseEventDate } from '../dates';
import { zodIssueToProblems, type ZodIssueLike } from '../check/zod-problems';
import { toMdxFile } from '../editor/frontmatter';
import { eventSlug, slugFromText } from '../editor/slug';
import { htmlToMdx, htmlToText } from './html-to-mdx';
import { RowError, slideDateToEdtf, type TimelineDate } from './timeline-date';

/** A TimelineJS slide (its JSON format), as far as the import reads it. */
export interface TimelineSlide {
  start_date?: TimelineDate;
  end_date?: TimelineDate;
  text?: { headline?: string; text?: string };
  media?: {
    url?: string;
    caption?: string;
    credit?: string;
    title?: string;
    link?: string;
    alt?: string;
    thumbnail?: string;
  };
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
  source?: { title: string; publisher?: string; url?: string; kind?: 'primary' | 'secondary' };
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
      text: string;
      edtf: string;
      notes: string[];
    }
  | { row: number; label: string; ok: false; reason: string; notes: string[] };

const SUMMARY_MAX = 300;

/** Return a summary from the slide's own text: its first sentences up to about 300 characters. */
export function summaryFromText(text: string): string {
  if (text.length <= SUMMARY_MAX) return text;
  const sentences = text.match(/[^.!?]+[.!?]+(\s|$)/g) ?? [];
  let summary = '';
  for (const sentence of sentences) {
    if ((summary + sentence).length > SUMMARY_MAX) break;
    summary += sentence;
  }
  return summary.trim() || `${text.slice(0, SUMMARY_MAX - 1).replace(/\s+\S*$/, '')}…`;
}

function httpUrl(value: string | undefined): string | undefined {
  const url = value?.trim();
  return url && /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url) && URL.canParse(url) ? url : undefined;
}

function sourceFor(
  slide: TimelineSlide,
  options: ImportOptions,
  notes: string[],
): Record<string, unknown> {
  const c = slide.casetrail;
  if (c?.sourceTitle) {
    return {
      title: c.sourceTitle,
      publisher: c.sourcePublisher || undefined,
      url: httpUrl(c.sourceUrl),
      kind: c.sourceKind || 'secondary',
    };
  }
  const media = slide.media ?? {};
  const credit = htmlToText(media.credit ?? '');
  const caption = htmlToText(media.caption ?? '');
  const url = httpUrl(media.link) ?? httpUrl(media.url);
  if (credit || url) {
    if (media.url && !httpUrl(media.url))
      notes.push(`media.url "${media.url}" is not a web address and was not kept`);
    return {
      title: caption || htmlToText(media.title ?? '') || credit || url,
      publisher: credit || undefined,
      url,
      kind: 'secondary',
    };
  }
  if (options.source) return { ...options.source, kind: options.source.kind ?? 'secondary' };
  throw new RowError(
    'no source: the slide has no media credit or url; pass --source-title (and --source-publisher, --source-url) to use one source for such slides',
  );
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
    const date = slide.casetrail?.date?.trim()
      ? { edtf: slide.casetrail.date.trim(), notes: [] }
      : slideDateToEdtf(slide.start_date, slide.end_date);
    const parsed = (() => {
      try {
        return parseEventDate(date.edtf);
      } catch (error) {
        throw new RowError(`date: ${(error as Error).message}`, { cause: error });
      }
    })();
    notes.push(...date.notes);
    if (
      slide.display_date?.trim() &&
      slide.display_date.trim() !== slide.start_date?.display_date?.trim()
    )
      notes.push(
        `display_date "${slide.display_date.trim()}" is not kept; the site shows the date from start_date`,
      );
    const body = htmlToMdx(slide.text?.text ?? '');
    notes.push(...body.notes);
    const plain = htmlToText(slide.text?.text ?? '');
    let summary = slide.casetrail?.summary?.trim() || summaryFromText(plain);
    if (!summary) {
      summary = headline;
      notes.push('the slide has no text, so the summary repeats the headline; write a real one');
    }
    const source = compact(sourceFor(slide, options, notes));
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
      kind: kindFor(slide, options),
      cases: [options.caseId],
      sources: [
        {
          ...(typeof source.title === 'string'
            ? {
                id:
                  slugFromText(
                    typeof source.publisher === 'string' ? source.publisher : source.title,
                    40,
                  ) || undefined,
              }
            : {}),
          ...source,
        },
      ],
      tags: group ? [group] : [],
      published: options.today,
    });
    const result = eventSchema.safeParse(data);
    if (!result.success) {
      const first = zodIssueToProblems('', data, result.error.issues[0] as ZodIssueLike)[0];
      throw new RowError(`${first?.field}: found ${first?.found}; ${first?.expected}`);
    }
    taken.add(id);
    const text = toMdxFile(data, body.mdx || '{/* The TimelineJS slide had no text. */}');
    return {
      row,
      label,
      ok: true,
      id,
      path: `events/${options.caseId}/${id}.mdx`,
      text,
      edtf: date.edtf,
      notes,
    };
  } catch (error) {
    if (!(error instanceof RowError)) throw error;
    return { row, label, ok: false, reason: error.message, notes };
  }
}
