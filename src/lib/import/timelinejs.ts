import { slideToEvent, type ImportOptions, type RowResult, type TimelineSlide } from './slides';
import { RowError } from './timeline-date';

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
  return { rows: slides.map(({ slide, row }) => slideToEvent(slide, row, options, taken)), notes };
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
  const notes: string[] = [];
  if (timeline.title)
    notes.push(
      'the title slide is not an event and was not imported; use its text for the case overview',
    );
  if (Array.isArray(timeline.eras) && timeline.eras.length > 0) {
    notes.push(
      `${timeline.eras.length} era${timeline.eras.length === 1 ? '' : 's'} not imported: Casetrail has no eras`,
    );
  }
  const slides = (timeline.events as unknown[]).map((slide, i) => ({
    slide: slide ?? {},
    row: i + 1,
  }));
  return convertSlides(slides, options, notes);
}
