import {
  eventFileText,
  slideToEvent,
  type ImportOptions,
  type RowResult,
  type TimelineSlide,
} from './slides';
import { RowError } from './timeline-date';
import { titleAndEraNotes } from './overview';

/** The outcome of an import: a result per row, and notes about the file as a whole. */
export interface ImportResult {
  rows: RowResult[];
  notes: string[];
}

/** Convert slides into event files, numbering rows as the source counts them. */
export function convertSlides(
  slides: { slide: TimelineSlide; row: number }[],
  options: ImportOptions,
  notes: string[],
): ImportResult {
  const taken = new Set(options.existingIds);
  const rows = slides.map(({ slide, row }) => slideToEvent(slide, row, options, taken));
  return { rows: keepSourceOrder(rows), notes };
}

/**
 * Give events that share a date an `order` (their row in the source), so the model's sort keeps
 * the source's order of a day's events instead of ordering them by id.
 */
export function keepSourceOrder(rows: RowResult[]): RowResult[] {
  const byDate = new Map<string, number>();
  for (const r of rows) if (r.ok) byDate.set(r.edtf, (byDate.get(r.edtf) ?? 0) + 1);
  return rows.map((r) => {
    if (!r.ok || (byDate.get(r.edtf) ?? 0) < 2) return r;
    const { published, ...rest } = r.data;
    const data = { ...rest, order: r.row, published };
    return { ...r, data, text: eventFileText(data, r.body) };
  });
}

/** Convert a TimelineJS JSON timeline (`{ title?, events, eras? }`); each event is a row, counted from 1. */
export function importTimelineJson(text: string, options: ImportOptions): ImportResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    throw new RowError(`the file is not JSON: ${(cause as Error).message}`, { cause });
  }
  const timeline = json as { events?: unknown; title?: TimelineSlide; eras?: unknown[] };
  if (!timeline || typeof timeline !== 'object' || !Array.isArray(timeline.events)) {
    throw new RowError('expected a TimelineJS timeline: an object with an "events" list');
  }
  const notes = titleAndEraNotes(timeline.title, timeline.eras);
  const events: unknown[] = timeline.events;
  const slides = events.map((slide, i) => ({
    slide: slide ?? {},
    row: i + 1,
  }));
  return convertSlides(slides, options, notes);
}
