import { escapeInline } from './escape';
import { htmlToMdx, htmlToText } from './html-to-mdx';
import type { TimelineSlide } from './slides';
import type { TimelineDate } from './timeline-date';

const yearOf = (date: TimelineDate | undefined) => String(date?.year ?? '').trim();

/**
 * Return the MDX a case overview can take from a timeline's title slide and eras: the title
 * text, then the eras as a list ("2010–2015: An era"). Casetrail has no title slide and no eras;
 * the case body is the overview, so the import prints this for the editor to paste.
 */
export function overviewMdx(title: TimelineSlide | undefined, eras: unknown[] | undefined): string {
  const parts: string[] = [];
  const headline = htmlToText(title?.text?.headline ?? '');
  const text = htmlToMdx(title?.text?.text ?? '').mdx;
  if (headline) parts.push(`### ${escapeInline(headline)}`);
  if (text) parts.push(text);
  const items = (Array.isArray(eras) ? (eras as TimelineSlide[]) : []).map((era) => {
    const from = yearOf(era.start_date);
    const to = yearOf(era.end_date);
    const span = from && to && from !== to ? `${from}–${to}` : from || to;
    const name = htmlToText(era.text?.headline ?? '') || 'An era without a headline';
    return `- ${span ? `${span}: ` : ''}${escapeInline(name)}`;
  });
  if (items.length > 0) parts.push(`Periods:\n\n${items.join('\n')}`);
  return parts.join('\n\n');
}

/** Return the import's notes on a title slide and eras, with the overview text to paste. */
export function titleAndEraNotes(
  title: TimelineSlide | undefined,
  eras: unknown[] | undefined,
): string[] {
  const eraCount = Array.isArray(eras) ? eras.length : 0;
  if (!title && eraCount === 0) return [];
  const what = [
    title && 'the title slide',
    eraCount > 0 && `${eraCount} era${eraCount === 1 ? '' : 's'}`,
  ]
    .filter(Boolean)
    .join(' and ');
  return [
    `${what}: ${title && eraCount === 0 ? 'not an event' : 'not events'}, so not imported; paste this into the case's overview (the body of its file in cases/):\n${overviewMdx(title, eras)}`,
  ];
}
