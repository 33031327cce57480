// Citations of a Casetrail page: a readable line, and CSL-JSON, BibTeX and RIS files made by
// citation-js from one CSL-JSON item, so each format is written by a maintained library.
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { formatEventDate, type EventDate } from '../dates';

/** What a citation of one page says. */
export interface Citable {
  /** The page's id: the citation key. */
  id: string;
  title: string;
  /** The page's absolute URL. */
  url: string;
  /** The site's name (the "container" the page is part of). */
  siteName: string;
  /** When the entry was added, and when it last changed (a correction counts as a change). */
  published: EventDate;
  updated?: EventDate;
  /** The date of the event the page is about, at the precision it is known. */
  eventDate?: EventDate;
  /** One or two sentences about the page. */
  abstract?: string;
}

/** A CSL date: date-parts at the precision known, `circa` for approximate dates. */
interface CslDate {
  'date-parts': number[][];
  circa?: boolean;
}

function partsOf(day: string, precision: EventDate['precision']): number[] {
  const parts = day.split('-').map(Number);
  return parts.slice(0, precision === 'year' ? 1 : precision === 'month' ? 2 : 3);
}

/** Return a model date as a CSL date with only the parts the source gives; an open side is left out. */
export function toCslDate(date: EventDate): CslDate {
  const bounds =
    date.span === 'interval' ? [date.earliest, date.latest] : [date.earliest ?? date.latest];
  const parts = bounds
    .filter((d): d is string => d !== null)
    .map((d) => partsOf(d, date.precision));
  // An interval's end at month or year precision: its latest day's month or year.
  return date.qualifier === 'exact'
    ? { 'date-parts': parts }
    : { 'date-parts': parts, circa: true };
}

/** Return the latest of an entry's `updated` and correction dates, if it changed after publication. */
export function lastChange(data: {
  updated?: EventDate;
  corrections?: { date: EventDate }[];
}): EventDate | undefined {
  const dates = [data.updated, ...(data.corrections ?? []).map((c) => c.date)].filter(
    (d): d is EventDate => d !== undefined,
  );
  return dates.sort((a, b) => (a.latest ?? '').localeCompare(b.latest ?? '')).at(-1);
}

/** Return the CSL-JSON item of a page: a web page of the site, dated by its last change. */
export function toCslItem(page: Citable): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: page.id,
    // BibTeX keys may not contain hyphens.
    'citation-key': page.id.replace(/-/g, '_'),
    type: 'webpage',
    title: page.title,
    'container-title': page.siteName,
    publisher: page.siteName,
    URL: page.url,
    issued: toCslDate(page.updated ?? page.published),
    language: 'en',
    note: addedUpdated(page).replace(' · Updated', '; updated'),
  };
  if (page.eventDate) item['event-date'] = toCslDate(page.eventDate);
  if (page.abstract) item.abstract = page.abstract;
  return item;
}

/** Return "Added 28 November 2026 · Updated 29 November 2026" (no update: just the first part). */
export function addedUpdated({
  published,
  updated,
}: {
  published: EventDate;
  updated?: EventDate;
}): string {
  const added = `Added ${formatEventDate(published)}`;
  return updated && updated.edtf !== published.edtf
    ? `${added} · Updated ${formatEventDate(updated)}`
    : added;
}

/** The downloadable citation files of a page. */
export interface CitationFiles {
  csl: string;
  bibtex: string;
  ris: string;
}

/** Return a page's citation as CSL-JSON, BibTeX and RIS, written by citation-js. */
export function citationFiles(page: Citable): CitationFiles {
  const cite = new Cite([toCslItem(page)]);
  return {
    csl: cite.format('data', { format: 'text' }),
    bibtex: cite.format('bibtex', { format: 'text' }),
    ris: risText(cite.format('ris', { format: 'object' }) as unknown as RisRecord[]),
  };
}

type RisRecord = Record<string, string | number | (string | number)[]>;

// citation-js maps CSL to RIS tags; its text output then wraps every value at 70 characters,
// which splits long URLs and titles across lines that strict readers reject. The records are
// written here one tag per line instead, type first and ER last, as the RIS format asks.
function risText(records: RisRecord[]): string {
  const line = (tag: string, value: string | number) =>
    `${tag}  - ${String(value).replace(/\s+/g, ' ')}`;
  return records
    .map((record) => {
      const { TY, ...tags } = record;
      const lines = [line('TY', String(TY))];
      for (const [tag, value] of Object.entries(tags))
        for (const v of [value].flat()) lines.push(line(tag, v));
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n');
}

/**
 * Return the readable citation: title, site, dates and URL, with the accessed date left for the
 * reader to fill in: `"Title." Casetrail, added 28 November 2026. https://… (accessed …).`
 */
export function readableCitation(page: Citable): string {
  const dates = addedUpdated(page).replace('Added', 'added').replace(' · Updated', ', updated');
  return `“${page.title}.” ${page.siteName}, ${dates}. ${page.url} (accessed [date]).`;
}
