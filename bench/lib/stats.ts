/** Statistics for repeated measurements: median, spread and ratios between widgets. */

/** A figure measured one or more times: its median, extremes and every run. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  /** (max − min) / median: 0.1 means the runs spread over 10 % of the median. */
  spread: number;
  runs: number[];
}

/** Return the median of some numbers; fail on an empty list. */
export function median(values: readonly number[]): number {
  if (values.length === 0)
    throw new Error('bench: the median of no runs is undefined; measure at least once');
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Summarise the runs of one figure: median, minimum, maximum and relative spread. */
export function summarize(values: readonly number[]): Summary {
  const mid = median(values);
  const min = Math.min(...values);
  const max = Math.max(...values);
  return {
    median: mid,
    min,
    max,
    spread: mid === 0 ? 0 : (max - min) / Math.abs(mid),
    runs: [...values],
  };
}

/** Return ours ÷ peer, or null when either is missing or the peer is zero (no meaningful ratio). */
export function ratio(
  ours: number | null | undefined,
  peer: number | null | undefined,
): number | null {
  if (ours === null || ours === undefined || peer === null || peer === undefined) return null;
  if (!Number.isFinite(ours) || !Number.isFinite(peer) || peer === 0) return null;
  return ours / peer;
}

/** Format a ratio for a table: "0.031×", or "–" when there is none. */
export function formatRatio(value: number | null): string {
  if (value === null) return '–';
  const digits = value >= 10 ? 0 : value >= 1 ? 1 : value >= 0.1 ? 2 : 3;
  return `${value.toFixed(digits)}×`;
}
