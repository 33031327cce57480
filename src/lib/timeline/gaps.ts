import { DAY_MS } from './time';

/** Gaps shorter than this many days are not worded: the list reads as one run. */
const WORDED_FROM_DAYS = 14;

/**
 * Return how the event list shows the time between two events drawn as a vertical timeline:
 * the space before the later one (rem, growing with the logarithm of the gap, so long gaps are
 * collapsed but still look long) and, for gaps of two weeks or more, a phrase such as
 * "2 years later".
 */
export function listGap(fromMs: number, toMs: number): { space: number; text: string | null } {
  const days = Math.max(0, (toMs - fromMs) / DAY_MS);
  const space = Math.round(Math.min(4, Math.log2(days + 1) * 0.35) * 100) / 100;
  return { space, text: days < WORDED_FROM_DAYS ? null : `${gapWords(days)} later` };
}

function gapWords(days: number): string {
  const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  if (days < 60) return plural(Math.round(days / 7), 'week');
  if (days < 730) return plural(Math.round(days / 30.44), 'month');
  const years = days / 365.25;
  if (years < 200) return plural(Math.round(years), 'year');
  return plural(Math.round(years / 100), 'century').replace('centurys', 'centuries');
}
