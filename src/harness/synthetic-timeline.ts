import { DAY_MS, msToDay, unitOf, utcMs } from '../lib/days';
import type { TimelineEvent } from '../lib/timeline/types';
import { EVENT_KINDS } from '../schemas/enums';

const pad = (n: number) => String(n).padStart(2, '0');

// A month or year known only as a whole: the timeline's bounds of the unit around a day.
function wholeUnit(day: string, precision: 'month' | 'year') {
  const { first, last } = unitOf(day, precision);
  return { start: first, end: last, precision, span: 'point' as const };
}

/** Return a deterministic pseudo-random number generator (mulberry32) for a seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Generate synthetic timeline events (never content): `count` events over `years` years from
 * 2000, in date order, with every precision, qualifier, span and status, spread over `cases`
 * cases and a pool of actors, and typed links to earlier events. Same seed, same events.
 */
export function generateTimelineEvents(
  count: number,
  options: { seed?: number; years?: number; cases?: number } = {},
): TimelineEvent[] {
  const { seed = 1, years = 25, cases = 1 } = options;
  const random = seededRandom(seed);
  const start = utcMs(2000);
  const span = years * 365.25 * 86_400_000;
  const times = Array.from({ length: count }, () => start + Math.floor(random() * span));
  times.sort((a, b) => a - b);
  return times.map((t, i) => {
    const day = msToDay(t);
    const roll = random();
    const date =
      roll < 0.6
        ? { start: day, end: day, precision: 'day' as const, span: 'point' as const }
        : roll < 0.75
          ? wholeUnit(day, 'month')
          : roll < 0.8
            ? wholeUnit(day, 'year')
            : roll < 0.9
              ? { start: null, end: day, precision: 'day' as const, span: 'on-or-before' as const }
              : roll < 0.95
                ? { start: day, end: null, precision: 'day' as const, span: 'on-or-after' as const }
                : {
                    start: day,
                    end: msToDay(t + Math.floor(random() * 40 + 1) * DAY_MS),
                    precision: 'day' as const,
                    span: 'interval' as const,
                  };
    const q = random();
    const id = `synthetic-${String(i).padStart(5, '0')}`;
    const kind = EVENT_KINDS[Math.floor(random() * EVENT_KINDS.length)]!;
    const target =
      i > 0 && random() < 0.3
        ? `synthetic-${String(Math.floor(random() * i)).padStart(5, '0')}`
        : null;
    return {
      id,
      title: `Synthetic ${kind} number ${i} with a title of ordinary length`,
      summary: `Synthetic event ${i} for benchmarks and tests; it describes nothing real.`,
      kind,
      status: random() < 0.05 ? 'scheduled' : random() < 0.02 ? 'cancelled' : 'occurred',
      when: `${date.span} ${date.start ?? date.end}`,
      ...date,
      qualifier:
        q < 0.85
          ? 'exact'
          : q < 0.93
            ? 'approximate'
            : q < 0.98
              ? 'uncertain'
              : 'approximate-uncertain',
      url: `/events/${id}/`,
      cases: [`synthetic-case-${pad(i % cases)}`],
      actors: [`synthetic-actor-${pad(Math.floor(random() * 20))}`],
      links: target ? [{ type: 'responds-to', label: 'Responds to', event: target }] : [],
    };
  });
}
