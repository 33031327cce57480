import { stringify } from 'csv-stringify/sync';
import type { SiteUrls } from '../paths';
import type { Model } from '../model/types';
import { toApiEvent } from './api';

/** The columns of `/data/events.csv`, in order; the header row uses these names. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'date',
  'date_display',
  'earliest',
  'latest',
  'precision',
  'qualifier',
  'span',
  'status',
  'kind',
  'cases',
  'actors',
  'jurisdiction',
  'court',
  'docket',
  'tags',
  'summary',
  'url',
  'source_titles',
  'source_urls',
  'published',
  'updated',
  'corrections',
] as const;

/** The separator inside a cell that holds a list (cases, actors, tags, sources). */
export const LIST_SEPARATOR = '; ';

// A cell starting with one of these is run as a formula by Excel, LibreOffice and Sheets.
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Return a text cell made safe for spreadsheets: whitespace runs (line breaks included) become
 * one space, so each event stays one visible row, and a leading formula character is defused
 * with an apostrophe, as OWASP advises against CSV injection.
 */
export function toTextCell(value: string | null | undefined): string {
  const text = (value ?? '').replace(/\s+/g, ' ').trim();
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Return every event as CSV (RFC 4180: CRLF line ends, quotes doubled), one row per event
 * oldest first, after a header row. It starts with a UTF-8 byte order mark, without which
 * Excel reads UTF-8 as a legacy code page and garbles accents, emoji and RTL text.
 */
export function buildEventsCsv(model: Model, urls: SiteUrls): string {
  const rows = model.events.map((event) => {
    const e = toApiEvent(event, urls);
    const row: Record<(typeof CSV_COLUMNS)[number], string> = {
      id: e.id,
      title: toTextCell(e.title),
      date: e.date.edtf,
      date_display: e.date.display,
      earliest: e.date.earliest ?? '',
      latest: e.date.latest ?? '',
      precision: e.date.precision,
      qualifier: e.date.qualifier,
      span: e.date.span,
      status: e.status,
      kind: e.kind,
      cases: e.cases.join(LIST_SEPARATOR),
      actors: e.actors.map((a) => `${a.id} (${a.role})`).join(LIST_SEPARATOR),
      jurisdiction: toTextCell(e.jurisdiction),
      court: e.court ?? '',
      docket: toTextCell(e.docket),
      tags: toTextCell(e.tags.join(LIST_SEPARATOR)),
      summary: toTextCell(e.summary),
      url: e.url,
      source_titles: toTextCell(e.sources.map((s) => s.title).join(LIST_SEPARATOR)),
      source_urls: e.sources.flatMap((s) => (s.url ? [s.url] : [])).join(' '),
      published: e.published,
      updated: e.updated ?? '',
      corrections: toTextCell(
        e.corrections.map((c) => `${c.date}: ${c.note}`).join(LIST_SEPARATOR),
      ),
    };
    return row;
  });
  return stringify(rows, {
    header: true,
    columns: [...CSV_COLUMNS],
    bom: true,
    record_delimiter: 'windows',
  });
}
