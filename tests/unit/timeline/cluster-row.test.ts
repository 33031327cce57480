import { describe, expect, test } from 'vitest';
import { generateTimelineEvents } from '../../../src/harness/synthetic-timeline';
import { packClusterRow, type RowItem } from '../../../src/lib/timeline/cluster-row';
import { GEOMETRY as G } from '../../../src/lib/timeline/geometry';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { prepareTimeline } from '../../../src/lib/timeline/prepare';
import type { TimelineLayout } from '../../../src/lib/timeline/types';
import { denseLanes } from '../../fixtures/timeline/charts';

/** A hidden event and the width of its title on one line. */
type Sized = RowItem & { w: number };

/** A hidden event at x whose title is `chars` characters long. */
const at = (e: number, x: number, chars = 10): Sized => ({
  e,
  x,
  tailL: 0,
  tailR: 0,
  w: chars * G.labelFont * G.charEm,
});

/** The title widths of these items, as the packer asks for them. */
const widthsOf = (items: Sized[]) => {
  const w = new Map(items.map((it) => [it.e, it.w]));
  return (e: number) => w.get(e)!;
};

/** Return each place of a packed row as "members:label side". */
function shape(items: Sized[], width = 400): string[] {
  const { groups, stranded } = packClusterRow(items, 0, width, widthsOf(items));
  if (stranded) return [`stranded ${stranded.e}`];
  return groups.map(
    (g) =>
      `${g.items.map((it) => it.e).join(',')}:${g.label ? g.label.anchor : g.items.length > 1 ? 'cluster' : 'unlabelled'}`,
  );
}

describe('packClusterRow', () => {
  test.each([
    ['a lone event with room after it has its title after it', [at(0, 20)], ['0:start']],
    ['a lone event at the right edge has its title before it', [at(0, 390)], ['0:end']],
    [
      'two far-apart events with short titles each keep their title',
      [at(0, 20), at(1, 300)],
      ['0:start', '1:start'],
    ],
    ['events in one cell form one cluster', [at(0, 50), at(1, 60), at(2, 70)], ['0,1,2:cluster']],
    [
      'a lone event beside a cluster joins it',
      [at(0, 50), at(1, 60), at(2, 100)],
      ['0,1,2:cluster'],
    ],
    [
      'a lone event whose title fits on neither side joins its nearer neighbour',
      [at(0, 20, 5), at(1, 200, 40), at(2, 300, 5)],
      ['0:start', '1,2:cluster'],
    ],
    [
      'two lone events whose titles would collide become one cluster, never a cluster of one',
      [at(0, 100, 30), at(1, 250, 30)],
      ['0,1:cluster'],
    ],
    [
      'a title that fits nowhere while it is alone in the row is stranded for the lane to resolve',
      [at(7, 200, 40)],
      ['stranded 7'],
    ],
  ])('%s', (_, items, expected) => {
    expect(shape(items)).toEqual(expected);
  });

  test.each([
    [[at(0, 20), at(1, 300)]],
    [[at(0, 100, 30), at(1, 250, 30), at(2, 380, 8)]],
    [Array.from({ length: 30 }, (_, i) => at(i, 5 + i * 13, 8 + (i % 5) * 6))],
  ])('places never touch and titles stay inside the row: %#', (items) => {
    const { groups } = packClusterRow(items, 0, 400, widthsOf(items));
    const spans = groups.flatMap((g) => [g.box, ...(g.label ? [g.label.box] : [])]);
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i]![0]).toBeGreaterThan(spans[i - 1]![1]);
    for (const g of groups)
      if (g.label) {
        expect(g.label.box[0]).toBeGreaterThanOrEqual(0);
        expect(g.label.box[1]).toBeLessThanOrEqual(400);
      }
    expect(groups.flatMap((g) => g.items.map((it) => it.e)).sort((a, b) => a - b)).toEqual(
      items.map((it) => it.e),
    );
  });
});

/** Return the events drawn in view with neither a label nor a place in a cluster, and clusters of one. */
function unreadable(layout: TimelineLayout): string[] {
  const labelled = new Set(layout.labels.map((l) => l.key));
  return [
    ...layout.marks
      .filter((m) => m.x >= 0 && m.x <= layout.width && !labelled.has(m.key))
      .map((m) => `unlabelled ${m.key}`),
    ...layout.clusters.filter((c) => c.members.length < 2).map((c) => `cluster of one ${c.key}`),
  ];
}

describe('layoutTimeline in dense charts of several lanes', () => {
  test.each([
    ['the dense fixture by actor', denseLanes(), 'actor'],
    ['200 events in 3 cases', generateTimelineEvents(200, { seed: 1, years: 4, cases: 3 }), 'case'],
    ['200 events in 6 cases', generateTimelineEvents(200, { seed: 1, years: 4, cases: 6 }), 'case'],
    ['40 events in 8 cases', generateTimelineEvents(40, { seed: 2, years: 3, cases: 8 }), 'case'],
    ['2,000 events in 12 cases', generateTimelineEvents(2000, { seed: 2, cases: 12 }), 'case'],
  ] as const)(
    'every event in view has its title or a place in a cluster of two or more: %s',
    (_, events, by) => {
      const prepared = prepareTimeline(events, by);
      const [a, b] = prepared.extent;
      for (const width of [280, 360, 640, 1040])
        for (const zoom of [1, 3, 8, 30])
          for (const share of [0.1, 0.5, 0.85]) {
            const centre = a + (b - a) * share;
            const half = (b - a) / 2 / zoom;
            const domain = zoom === 1 ? prepared.extent : ([centre - half, centre + half] as const);
            const layout = layoutTimeline(prepared, { domain, width });
            expect(unreadable(layout), `${width} px, zoom ${zoom} at ${share}`).toEqual([]);
          }
    },
  );
});
