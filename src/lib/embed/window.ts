import type { TimelineEvent } from '../timeline/types';
import { calendarDateBounds, type EmbedOptions } from './options';

/**
 * Return the events whose dates reach into the window `from`–`to` (either side may be open). An
 * "on or before" date reaches back without end, so it is kept by any window that starts early
 * enough for its known end. A window with no event in it is ignored: the embed never shows an
 * empty chart because of a link's parameters.
 */
export function eventsInWindow<T extends Pick<TimelineEvent, 'start' | 'end'>>(
  events: readonly T[],
  options: Pick<EmbedOptions, 'from' | 'to'>,
): T[] {
  const first = calendarDateBounds(options.from)?.first;
  const last = calendarDateBounds(options.to)?.last;
  if (first === undefined && last === undefined) return [...events];
  const inside = events.filter(
    (e) =>
      (first === undefined || e.end === null || e.end >= first) &&
      (last === undefined || e.start === null || e.start <= last),
  );
  return inside.length > 0 ? inside : [...events];
}
