import { formatDay } from '../days';
import type { TimelineEvent } from './types';

// A 10,000-event chart's dates as readers see them ("about April 2025", "on or before 23 May
// 2025") are a seventh of its data, and almost all follow from its days, precision, qualifier
// and span. The build leaves out each one that reads exactly as this gives it back.

/**
 * Return how an event's date reads, from its first and last day, precision, qualifier and span:
 * as the model words it (formatEventDate) for every date whose two sides share one precision and
 * whose end has no qualifier of its own. The build checks that, and keeps any other as written.
 */
export function readDate(
  event: Pick<TimelineEvent, 'start' | 'end' | 'precision' | 'qualifier' | 'span'>,
): string {
  const { start, end, precision, qualifier, span } = event;
  // approximate: "about …"; uncertain: "… (uncertain)"; approximate-uncertain: both.
  const side = (day: string | null) =>
    `${qualifier.startsWith('approx') ? 'about ' : ''}${day ? formatDay(day, precision) : ''}${qualifier.endsWith('uncertain') ? ' (uncertain)' : ''}`;
  if (span === 'on-or-before') return `on or before ${side(end)}`;
  if (span === 'on-or-after') return `on or after ${side(start)}`;
  if (span === 'interval') return `${side(start)} – ${end ? formatDay(end, precision) : ''}`;
  return side(start);
}
