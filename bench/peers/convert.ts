/** Turn Casetrail's timeline events into the input vis-timeline and TimelineJS expect. */
import type { TimelineEvent } from '../../src/lib/timeline/types';

/** One vis-timeline item: a point (box) or, for a month, a year or an interval, a range. */
export interface VisItem {
  id: string;
  content: string;
  start: string;
  end?: string;
}

/** A TimelineJS date: as many parts as the precision has. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

/** One TimelineJS slide. */
export interface TimelineJsEvent {
  unique_id: string;
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string; text: string };
}

/** Return the vis-timeline item for an event: its span when it has one, else its known day. */
export function toVisItem(event: TimelineEvent): VisItem {
  const start = event.start ?? event.end;
  if (start === null) throw new Error(`bench: event ${event.id} has neither a start nor an end`);
  const spans = event.start !== null && event.end !== null && event.start !== event.end;
  return {
    id: event.id,
    content: event.title,
    start,
    ...(spans ? { end: event.end as string } : {}),
  };
}

/** Return an ISO day as a TimelineJS date with only the parts the precision knows. */
export function toTimelineJsDate(
  day: string,
  precision: TimelineEvent['precision'],
): TimelineJsDate {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day: date };
}

/** Return the TimelineJS slide for an event; only a day interval gets an end date. */
export function toTimelineJsEvent(event: TimelineEvent): TimelineJsEvent {
  const start = event.start ?? event.end;
  if (start === null) throw new Error(`bench: event ${event.id} has neither a start nor an end`);
  const end =
    event.span === 'interval' && event.end !== null
      ? { end_date: toTimelineJsDate(event.end, event.precision) }
      : {};
  return {
    unique_id: event.id,
    start_date: toTimelineJsDate(start, event.precision),
    ...end,
    text: { headline: event.title, text: event.summary },
  };
}

/** A slide of a TimelineJS JSON document (the site's `/data/cases/<case>.timelinejs.json`). */
export interface TimelineJsSlideIn {
  unique_id: string;
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  text: { headline: string };
}

const isoOf = (date: TimelineJsDate) =>
  [String(date.year).padStart(4, '0'), date.month, date.day]
    .filter((part) => part !== undefined)
    .map((part) => String(part).padStart(2, '0'))
    .join('-');

/**
 * Return vis-timeline items for the slides of a TimelineJS document, as a publisher with only
 * the site's exports would write them: a slide's start, and its end when it has one; slides
 * without a start date (the title slide) are left out.
 */
export function slidesToVisItems(slides: readonly TimelineJsSlideIn[]): VisItem[] {
  return slides.flatMap((slide) =>
    slide.start_date
      ? [
          {
            id: slide.unique_id,
            content: slide.text.headline,
            start: isoOf(slide.start_date),
            ...(slide.end_date ? { end: isoOf(slide.end_date) } : {}),
          },
        ]
      : [],
  );
}
