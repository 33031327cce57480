import { KIND_GROUPS, KIND_STYLE, kindGroupOf, type KindGroup } from './kinds';
import type { PreparedTimeline } from './prepare';
import type { TimelineLayout } from './types';
import { isOverdue } from './wording';

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

/**
 * Return the legend of a chart: the kinds and the forms of date and status its events have,
 * clusters when the drawing has any, today when it is in the chart's span, and links when an
 * event links to another in the chart. Nothing the chart cannot draw.
 */
export function legendEntries(
  prepared: PreparedTimeline,
  layout: Pick<TimelineLayout, 'clusters'>,
  today: number | null,
): LegendEntry[] {
  const groups = new Set<KindGroup>();
  const forms = new Set<string>();
  prepared.events.forEach((event, e) => {
    groups.add(kindGroupOf(event.kind));
    if (event.span === 'interval') forms.add('interval');
    else if (event.precision !== 'day') forms.add('somewhere');
    if (prepared.open[e] === 1) forms.add('open-before');
    if (prepared.open[e] === 2) forms.add('open-after');
    if (event.qualifier !== 'exact') forms.add('dashed');
    if (event.status === 'cancelled') forms.add('cancelled');
    if (event.status === 'scheduled') forms.add(isOverdue(event, today) ? 'overdue' : 'scheduled');
    if (event.links.some((l) => prepared.indexById.has(l.event))) forms.add('link');
  });
  if (layout.clusters.length > 0) forms.add('cluster');
  if (today !== null && today >= prepared.extent[0] && today <= prepared.extent[1])
    forms.add('today');
  return [
    ...KIND_GROUPS.filter((g) => groups.has(g)).map((g) => ({
      key: `kind-${g}`,
      text: KIND_STYLE[g].label,
    })),
    ...FORMS.filter((f) => forms.has(f.key)),
  ];
}
