import { describe, expect, test } from 'vitest';
import { generateTimelineEvents } from '../../../src/harness/synthetic-timeline';
import { GEOMETRY as G } from '../../../src/lib/timeline/geometry';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { prepareTimeline, type PreparedTimeline } from '../../../src/lib/timeline/prepare';
import { DAY_MS } from '../../../src/lib/timeline/time';
import type { TimelineEvent, TimelineLayout } from '../../../src/lib/timeline/types';
import { fixtureEvent, SEED_LIKE } from '../../fixtures/timeline/seed-like';

const utc = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d);
const MAY = [utc(2025, 5, 1), utc(2025, 6, 1)] as const;

function layoutOf(
  events: TimelineEvent[],
  domain: readonly [number, number],
  width = 1000,
  laneBy: 'case' | 'actor' | 'kind' = 'case',
) {
  const prepared = prepareTimeline(events, laneBy);
  return { prepared, layout: layoutTimeline(prepared, { domain, width }) };
}

/** Return every horizontal interval a layout occupies, per row band of pixels (y), to check overlaps. */
function occupied(layout: TimelineLayout): Map<number, [number, number, string][]> {
  const rows = new Map<number, [number, number, string][]>();
  const add = (y: number, from: number, to: number, what: string) =>
    rows.set(y, [...(rows.get(y) ?? []), [from, to, what]]);
  for (const m of layout.marks) {
    add(
      m.y,
      m.x0 - (m.open === 'before' ? G.tail : 0),
      m.x1 + (m.open === 'after' ? G.tail : 0),
      `mark ${m.key}`,
    );
  }
  for (const l of layout.labels) {
    const width = l.text.length * G.labelFont * G.charEm;
    const inBand = layout.marks.some((m) => m.shape === 'band' && m.key === l.key);
    if (!inBand)
      add(
        l.y,
        l.anchor === 'end' ? l.x - width : l.x,
        l.anchor === 'end' ? l.x : l.x + width,
        `label ${l.key}`,
      );
  }
  for (const c of layout.clusters) {
    for (const y of new Set(layout.marks.filter((m) => m.y > c.y0 && m.y < c.y1).map((m) => m.y)))
      add(y, c.x0, c.x1, `cluster ${c.key}`);
  }
  return rows;
}

function overlaps(layout: TimelineLayout): string[] {
  const found: string[] = [];
  for (const [y, list] of occupied(layout)) {
    const sorted = list.sort((a, b) => a[0] - b[0]);
    sorted.slice(1).forEach((cur, i) => {
      const prev = sorted[i]!;
      if (cur[0] < prev[1])
        found.push(
          `y=${y}: ${prev[2]} [${prev[0]},${prev[1]}] overlaps ${cur[2]} [${cur[0]},${cur[1]}]`,
        );
    });
  }
  for (const c of layout.clusters) {
    for (const d of layout.clusters)
      if (c !== d && c.lane === d.lane && c.x0 < d.x1 && d.x0 < c.x1)
        found.push(`${c.key} overlaps ${d.key}`);
  }
  return found;
}

/** Return how often each event is drawn in a lane: as its own mark or inside a cluster. */
function appearances(layout: TimelineLayout, prepared: PreparedTimeline): number[] {
  const count = new Array(prepared.events.length).fill(0);
  for (const m of layout.marks) count[m.event]++;
  for (const c of layout.clusters) for (const e of c.members) count[e]++;
  return count;
}

describe('layoutTimeline', () => {
  test.each([
    [
      'a day is a point at the middle of its day',
      fixtureEvent('d', { start: '2025-05-23', end: '2025-05-23' }),
      'point',
      utc(2025, 5, 23) + DAY_MS / 2,
      null,
    ],
    [
      'a month is a band over the whole month',
      fixtureEvent('m', { start: '2025-05-01', end: '2025-05-31', precision: 'month' }),
      'band',
      utc(2025, 5, 16) + DAY_MS / 2,
      null,
    ],
    [
      '"on or before" a day is a point open to the left',
      fixtureEvent('b', { start: null, end: '2025-05-23', span: 'on-or-before' }),
      'point',
      utc(2025, 5, 23) + DAY_MS / 2,
      'before',
    ],
    [
      '"on or after" a day is a point open to the right',
      fixtureEvent('a', { start: '2025-05-10', end: null, span: 'on-or-after' }),
      'point',
      utc(2025, 5, 10) + DAY_MS / 2,
      'after',
    ],
    [
      'an interval is a band from start to end',
      fixtureEvent('i', { start: '2025-05-10', end: '2025-05-19', span: 'interval' }),
      'band',
      utc(2025, 5, 15),
      null,
    ],
  ] as const)('%s', (_, event, shape, centre, open) => {
    const { layout } = layoutOf([event], MAY, 1000);
    const k = 1000 / (MAY[1] - MAY[0]);
    expect(layout.marks).toHaveLength(1);
    expect(layout.marks[0]).toMatchObject({ shape, open });
    expect(layout.marks[0]!.x).toBeCloseTo((centre - MAY[0]) * k, 5);
  });

  test('a month band spans exactly its month in pixels', () => {
    const { layout } = layoutOf(
      [fixtureEvent('m', { start: '2025-05-01', end: '2025-05-31', precision: 'month' })],
      [utc(2025, 4, 1), utc(2025, 7, 1)],
      910,
    );
    expect(layout.marks[0]!.x0).toBeCloseTo(300);
    expect(layout.marks[0]!.x1).toBeCloseTo(610);
  });

  test('a year seen from a century is a short bar, not a fake point', () => {
    const { layout } = layoutOf(
      [fixtureEvent('y', { start: '2025-01-01', end: '2025-12-31', precision: 'year' })],
      [utc(1950, 1, 1), utc(2050, 1, 1)],
      1000,
    );
    expect(layout.marks[0]).toMatchObject({ shape: 'bar' });
  });

  test.each([
    ['exact', false],
    ['approximate', true],
    ['uncertain', true],
    ['approximate-uncertain', true],
  ] as const)('a %s date is dashed: %s', (qualifier, dashed) => {
    const { layout } = layoutOf(
      [fixtureEvent('q', { start: '2025-05-23', end: '2025-05-23', qualifier })],
      MAY,
    );
    expect(layout.marks[0]?.dashed).toBe(dashed);
  });

  test.each(['occurred', 'scheduled', 'cancelled'] as const)(
    'a %s event carries its status to the renderer',
    (status) => {
      const { layout } = layoutOf(
        [fixtureEvent('s', { start: '2025-05-23', end: '2025-05-23' }, { status })],
        MAY,
      );
      expect(layout.marks[0]?.status).toBe(status);
    },
  );

  test('an empty case has lanes of nothing, an axis, and no marks', () => {
    const prepared = prepareTimeline([]);
    const layout = layoutTimeline(prepared, { domain: prepared.extent, width: 720 });
    expect([layout.marks, layout.clusters, layout.labels, layout.lanes]).toEqual([[], [], [], []]);
    expect(layout.ticks.length).toBeGreaterThan(0);
  });

  test('one event sits inside a week-wide view with its label', () => {
    const prepared = prepareTimeline([SEED_LIKE[2]!]);
    const layout = layoutTimeline(prepared, { domain: prepared.extent, width: 720 });
    expect(prepared.extent[1] - prepared.extent[0]).toBeCloseTo(7 * DAY_MS, -3);
    expect(layout.marks).toHaveLength(1);
    expect(layout.labels.map((l) => l.text)).toEqual([SEED_LIKE[2]!.title]);
  });

  test('events on the same day stack into rows, and beyond the rows become one counted cluster', () => {
    const sameDay = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        fixtureEvent(`s${i}`, { start: '2025-05-23', end: '2025-05-23' }),
      );
    const four = layoutOf(sameDay(4), MAY).layout;
    expect(four.clusters).toEqual([]);
    expect(new Set(four.marks.map((m) => m.y)).size).toBe(4);
    const five = layoutOf(sameDay(5), MAY).layout;
    expect(five.marks).toEqual([]);
    expect(five.clusters.map((c) => c.members.length)).toEqual([5]);
  });

  test.each([
    ['a year', [utc(2025, 1, 1), utc(2026, 1, 1)], 1, 0],
    ['a fortnight', [utc(2025, 5, 15), utc(2025, 5, 29)], 0, 10],
  ] as const)(
    'ten events over ten days, seen across %s, give %i cluster(s) and %i single marks',
    (_, domain, clusters, singles) => {
      const events = Array.from({ length: 10 }, (_, i) =>
        fixtureEvent(`e${i}`, {
          start: `2025-05-${String(18 + i).padStart(2, '0')}`,
          end: `2025-05-${String(18 + i).padStart(2, '0')}`,
        }),
      );
      const { layout, prepared } = layoutOf(events, domain, 1000);
      expect(layout.clusters).toHaveLength(clusters);
      expect(layout.marks).toHaveLength(singles);
      expect(appearances(layout, prepared)).toEqual(new Array(10).fill(1));
    },
  );

  test('panning never regroups: the same clusters, just moved', () => {
    const events = generateTimelineEvents(2000, { seed: 7, years: 5 });
    const prepared = prepareTimeline(events);
    const [a] = prepared.extent;
    const span = 200 * DAY_MS;
    const at = (shift: number) =>
      layoutTimeline(prepared, { domain: [a + shift, a + shift + span], width: 1000 });
    const shift = 30 * DAY_MS;
    const before = at(0);
    const after = at(shift);
    const dx = (shift / span) * 1000;
    const inner = (l: TimelineLayout, move: number) =>
      l.clusters
        .filter((c) => c.x0 - move > 300 && c.x1 - move < 600)
        .map((c) => [c.key, Math.round(c.x0 - move), c.members.length]);
    expect(inner(after, 0)).toEqual(inner(before, dx));
  });

  test.each([
    ['the seed case', SEED_LIKE, 'case'],
    ['1,000 synthetic events', generateTimelineEvents(1000, { seed: 3, years: 4 }), 'case'],
    [
      '1,000 synthetic events in lanes by actor',
      generateTimelineEvents(1000, { seed: 4, years: 2 }),
      'actor',
    ],
    [
      '1,000 synthetic events in lanes by kind',
      generateTimelineEvents(1000, { seed: 5, years: 1 }),
      'kind',
    ],
  ] as const)(
    'never overlaps marks, labels or clusters: %s, at every zoom and width',
    (_, events, by) => {
      const prepared = prepareTimeline(events, by);
      const [a, b] = prepared.extent;
      for (const width of [400, 720, 1100]) {
        for (const zoom of [1, 3, 10, 40, 150]) {
          const centre = a + (b - a) * 0.37;
          const half = (b - a) / 2 / zoom;
          const layout = layoutTimeline(prepared, {
            domain: [centre - half, centre + half],
            width,
          });
          expect(overlaps(layout)).toEqual([]);
        }
      }
    },
  );

  test('10,000 events: each drawn exactly once, with marks bounded by the width, not the count', () => {
    const prepared = prepareTimeline(generateTimelineEvents(10_000));
    for (const width of [400, 1100]) {
      const layout = layoutTimeline(prepared, { domain: prepared.extent, width });
      expect(appearances(layout, prepared).every((n) => n === 1)).toBe(true);
      expect(layout.marks.length + layout.clusters.length).toBeLessThanOrEqual(
        (width / G.cell + 2) * 4 + width / G.bandMinPx,
      );
      expect(overlaps(layout)).toEqual([]);
    }
  });

  test('the today rule shows only when today is in view', () => {
    const prepared = prepareTimeline(SEED_LIKE);
    expect(
      layoutTimeline(prepared, { domain: MAY, width: 1000, today: utc(2025, 5, 25) }).today,
    ).toBeGreaterThan(0);
    expect(
      layoutTimeline(prepared, { domain: MAY, width: 1000, today: utc(2026, 11, 28) }).today,
    ).toBeNull();
  });

  test('the height depends on the lanes only, never on the zoom', () => {
    const prepared = prepareTimeline(generateTimelineEvents(500, { cases: 3 }));
    const heights = [1, 5, 50].map((zoom) => {
      const [a, b] = prepared.extent;
      return layoutTimeline(prepared, { domain: [a, a + (b - a) / zoom], width: 720 }).height;
    });
    expect(new Set(heights).size).toBe(1);
  });
});
