import { GEOMETRY as G } from './geometry';
import { KIND_GROUPS, KIND_STYLE } from './kinds';
import type { EventMark, TimelineLayout } from './types';

/** One line of the legend: what it stands for (a key the marks carry) and its words. */
export interface LegendEntry {
  key: string;
  text: string;
}

const FORMS: readonly LegendEntry[] = [
  { key: 'somewhere', text: 'Some day in this month or year (dotted box)' },
  { key: 'interval', text: 'From one date to another (solid bar)' },
  { key: 'open-before', text: 'On or before a date (open to the left)' },
  { key: 'open-after', text: 'On or after a date (open to the right)' },
  { key: 'dashed', text: 'Approximate or uncertain date (dashed)' },
  { key: 'scheduled', text: 'Scheduled (hollow)' },
  { key: 'overdue', text: 'Scheduled, date passed, not reported since (struck)' },
  { key: 'cancelled', text: 'Cancelled' },
  { key: 'cluster', text: 'Events without room for their titles: opens a list' },
  { key: 'today', text: 'Today' },
  { key: 'link', text: 'Link between events (of the selected one)' },
];

/** Return the legend keys one drawn mark shows: its kind, and the forms of date and status it draws. */
export function markLegendKeys(mark: EventMark): string[] {
  const keys = [`kind-${mark.group}`];
  // A month or year too narrow to draw as a box is its symbol alone: no dotted box to explain.
  if (mark.span === 'interval' || (mark.span === 'somewhere' && mark.shape === 'span'))
    keys.push(mark.span);
  if (mark.open) keys.push(`open-${mark.open}`);
  if (mark.dashed) keys.push('dashed');
  if (mark.status === 'cancelled') keys.push('cancelled');
  if (mark.status === 'scheduled') keys.push(mark.overdue ? 'overdue' : 'scheduled');
  if (mark.linked) keys.push('link');
  return keys;
}

/**
 * Return the legend of a drawing: the kinds and the forms of date and status of the marks in
 * view, clusters when it has any, today when its rule is drawn, and links when a mark in view
 * has one to draw once selected. Nothing the drawing does not show, nothing it shows left out.
 */
export function legendEntries(
  layout: Pick<TimelineLayout, 'marks' | 'clusters' | 'today' | 'width'>,
): LegendEntry[] {
  const keys = new Set<string>();
  for (const mark of layout.marks) {
    const left = mark.x0 - (mark.open === 'before' ? G.tail : 0);
    const right = mark.x1 + (mark.open === 'after' ? G.tail : 0);
    if (right < 0 || left > layout.width) continue;
    for (const key of markLegendKeys(mark)) keys.add(key);
  }
  if (layout.clusters.length > 0) keys.add('cluster');
  if (layout.today !== null) keys.add('today');
  return [
    ...KIND_GROUPS.filter((g) => keys.has(`kind-${g}`)).map((g) => ({
      key: `kind-${g}`,
      text: KIND_STYLE[g].label,
    })),
    ...FORMS.filter((f) => keys.has(f.key)),
  ];
}
