import { describe, expect, test } from 'vitest';
import { generateTimelineEvents } from '../../../src/harness/synthetic-timeline';
import { GEOMETRY as G } from '../../../src/lib/timeline/geometry';
import { fitHints, layoutTimeline, placeTodayLabel } from '../../../src/lib/timeline/layout';
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

type Box = [x0: number, y0: number, x1: number, y1: number, what: string, event: number];

/** Return every box a layout draws: marks (with their open side), labels and clusters. */
function boxes(layout: TimelineLayout): Box[] {
  const out: Box[] = [];
  for (const m of layout.marks)
    out.push([
      m.x0 - (m.open === 'before' ? G.tail : 0),
      m.y - G.pointR,
      m.x1 + (m.open === 'after' ? G.tail : 0),
      m.y + G.pointR,
      `mark ${m.key}`,
      m.event,
    ]);
  for (const l of layout.labels) out.push([...l.box, `label ${l.key}`, l.event]);
  for (const c of layout.clusters) out.push([c.x0, c.y0, c.x1, c.y1, `cluster ${c.key}`, -1]);
  return out;
}

/** Return the pairs of boxes of different events that overlap (an event's label may sit on its own span). */
function overlaps(layout: TimelineLayout): string[] {
  const found: string[] = [];
  const all = boxes(layout);
  all.forEach((a, i) => {
    for (const b of all.slice(i + 1)) {
      if (a[5] === b[5] && a[5] !== -1) continue;
      if (a[0] < b[2] - 0.01 && b[0] < a[2] - 0.01 && a[1] < b[3] - 0.01 && b[1] < a[3] - 0.01)
        found.push(`${a[4]} overlaps ${b[4]}`);
    }
  });
  return found;
}

/** Return how often each event is drawn in a lane: as its own mark or inside a cluster. */
function appearances(layout: TimelineLayout, prepared: PreparedTimeline): number[] {
  const count = new Array<number>(prepared.events.length).fill(0);
  for (const m of layout.marks) count[m.event] = (count[m.event] ?? 0) + 1;
  for (const c of layout.clusters) for (const e of c.members) count[e] = (count[e] ?? 0) + 1;
  return count;
}

describe('layoutTimeline', () => {
  test.each([
    [
      "a day is its kind's symbol at the middle of its day",
      fixtureEvent('d', { start: '2025-05-23', end: '2025-05-23' }),
      { shape: 'point', span: null, open: null },
      utc(2025, 5, 23) + DAY_MS / 2,
    ],
    [
      'a month is "some day in" a box over the whole month',
      fixtureEvent('m', { start: '2025-05-01', end: '2025-05-31', precision: 'month' }),
      { shape: 'span', span: 'somewhere', open: null },
      utc(2025, 5, 16) + DAY_MS / 2,
    ],
    [
      '"on or before" a day is open to the left',
      fixtureEvent('b', { start: null, end: '2025-05-23', span: 'on-or-before' }),
      { shape: 'point', span: null, open: 'before' },
      utc(2025, 5, 23) + DAY_MS / 2,
    ],
    [
      '"on or after" a day is open to the right',
      fixtureEvent('a', { start: '2025-05-10', end: null, span: 'on-or-after' }),
      { shape: 'point', span: null, open: 'after' },
      utc(2025, 5, 10) + DAY_MS / 2,
    ],
    [
      'an interval is a solid span from start to end',
      fixtureEvent('i', { start: '2025-05-10', end: '2025-05-19', span: 'interval' }),
      { shape: 'span', span: 'interval', open: null },
      utc(2025, 5, 15),
    ],
  ] as const)('%s', (_, event, form, centre) => {
    const { layout } = layoutOf([event], MAY, 1000);
    const k = 1000 / (MAY[1] - MAY[0]);
    expect(layout.marks).toHaveLength(1);
    expect(layout.marks[0]).toMatchObject(form);
    expect(layout.marks[0]!.x).toBeCloseTo((centre - MAY[0]) * k, 5);
  });

  test('a month spans exactly its month in pixels', () => {
    const { layout } = layoutOf(
      [fixtureEvent('m', { start: '2025-05-01', end: '2025-05-31', precision: 'month' })],
      [utc(2025, 4, 1), utc(2025, 7, 1)],
      910,
    );
    expect(layout.marks[0]!.x0).toBeCloseTo(300);
    expect(layout.marks[0]!.x1).toBeCloseTo(610);
  });

  test('a year seen from a century is its symbol, still marked as "some day in"', () => {
    const { layout } = layoutOf(
      [fixtureEvent('y', { start: '2025-01-01', end: '2025-12-31', precision: 'year' })],
      [utc(1950, 1, 1), utc(2050, 1, 1)],
      1000,
    );
    expect(layout.marks[0]).toMatchObject({ shape: 'point', span: 'somewhere' });
  });

  test.each([
    ['ruling', 'decision'],
    ['letter', 'filing'],
    ['application', 'filing'],
    ['announcement', 'announcement'],
    ['report', 'report'],
    ['deadline', 'deadline'],
  ] as const)('a %s is drawn as a %s', (kind, group) => {
    const { layout } = layoutOf(
      [fixtureEvent('k', { start: '2025-05-23', end: '2025-05-23' }, { kind })],
      MAY,
    );
    expect(layout.marks[0]?.group).toBe(group);
  });

  test.each([
    ['a scheduled day that has passed', 'scheduled', utc(2025, 6, 1), true],
    ['a scheduled day still ahead', 'scheduled', utc(2025, 5, 20), false],
    ['an occurred day', 'occurred', utc(2025, 6, 1), false],
  ] as const)('%s is marked as not reported since: %s', (_, status, today, overdue) => {
    const { prepared } = layoutOf([], MAY);
    void prepared;
    const p = prepareTimeline([
      fixtureEvent('s', { start: '2025-05-27', end: '2025-05-27' }, { status }),
    ]);
    const layout = layoutTimeline(p, { domain: MAY, width: 1000, today });
    expect(layout.marks[0]?.overdue).toBe(overdue);
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
    expect(layout.labels.map((l) => l.lines.join(' '))).toEqual([SEED_LIKE[2]!.title]);
  });

  test.each([
    [4, 1000, 0],
    [13, 1000, 0],
    [30, 1000, 1],
    [13, 280, 0],
  ])(
    '%i events on one day at %i px: each with its full title, or in %i cluster(s) that hold the rest',
    (n, width, clusters) => {
      const events = Array.from({ length: n }, (_, i) =>
        fixtureEvent(`s${i}`, { start: '2025-05-23', end: '2025-05-23' }),
      );
      const { layout, prepared } = layoutOf(events, [utc(2025, 5, 20), utc(2025, 5, 27)], width);
      expect(layout.clusters).toHaveLength(clusters);
      expect(
        layout.labels.every((l) => l.lines.join(' ') === prepared.events[l.event]!.title),
      ).toBe(true);
      expect(layout.labels).toHaveLength(layout.marks.length);
      expect(appearances(layout, prepared)).toEqual(new Array(n).fill(1));
      expect(layout.clusters.every((c) => c.members.length > 1)).toBe(true);
    },
  );

  test('a long title wraps into lines of the width, never cut', () => {
    const title = "Cologne court denies Verbraucherzentrale NRW's injunction request against Meta";
    const { layout } = layoutOf(
      [fixtureEvent('t', { start: '2025-05-23', end: '2025-05-23' }, { title })],
      MAY,
      280,
    );
    expect(layout.labels[0]!.lines.length).toBeGreaterThan(1);
    expect(layout.labels[0]!.lines.join(' ')).toBe(title);
  });

  test('clusters are keyed by data: their lane and first event, whatever the drawing order', () => {
    const prepared = prepareTimeline(generateTimelineEvents(2000, { seed: 7, years: 5 }));
    const layout = layoutTimeline(prepared, { domain: prepared.extent, width: 1000 });
    expect(layout.clusters.length).toBeGreaterThan(0);
    for (const c of layout.clusters)
      expect(c.key).toBe(`${c.lane}:${prepared.events[c.members[0] as number]!.id}`);
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
      for (const width of [280, 480, 1040]) {
        for (const zoom of [1, 3, 10, 40, 150]) {
          const centre = a + (b - a) * 0.37;
          const half = (b - a) / 2 / zoom;
          const layout = layoutTimeline(prepared, {
            domain: [centre - half, centre + half],
            width,
          });
          expect(overlaps(layout), `${width} px, zoom ${zoom}`).toEqual([]);
        }
      }
    },
  );

  test('10,000 events: each drawn exactly once, with marks bounded by the width, not the count', () => {
    const prepared = prepareTimeline(generateTimelineEvents(10_000));
    for (const width of [280, 1040]) {
      const layout = layoutTimeline(prepared, { domain: prepared.extent, width });
      expect(appearances(layout, prepared).every((n) => n === 1)).toBe(true);
      expect(layout.marks.length + layout.clusters.length).toBeLessThanOrEqual(
        (width / G.cell + 2) * 28,
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

describe('placeTodayLabel', () => {
  const label = (box: [number, number, number, number]) =>
    ({ box }) as TimelineLayout['labels'][number];
  test.each([
    ['at the foot of the rule when nothing is there', [], { y: 94, anchor: 'start' }],
    [
      'at the head of the rule when a title covers the foot',
      [label([600, 80, 760, 96])],
      { y: 18, anchor: 'start' },
    ],
    [
      'before the rule when titles cover both places after it',
      [label([642, 80, 760, 96]), label([642, 8, 760, 24])],
      { y: 94, anchor: 'end' },
    ],
    [
      'nowhere when titles cover every place',
      [label([560, 80, 760, 96]), label([560, 8, 760, 24])],
      null,
    ],
  ] as const)('puts "Today" %s', (_, labels, expected) => {
    const placed = placeTodayLabel(640, 1000, 100, {
      labels: [...labels],
      marks: [],
      clusters: [],
    });
    if (expected === null) expect(placed).toBeNull();
    else expect(placed).toMatchObject(expected);
  });
});

describe('layoutTimeline labels of short spans', () => {
  test.each([
    ['a month a few pixels wide is labelled after it, clear of its edge', 2023, 2027, 'beside'],
    ['a month wide enough to hold its label start is labelled inside it', 2025, 2026, 'inside'],
  ] as const)('%s', (_, from, to, where) => {
    const event = fixtureEvent('m', { start: '2025-05-01', end: '2025-05-31', precision: 'month' });
    const { layout } = layoutOf([event], [Date.UTC(from, 0, 1), Date.UTC(to, 0, 1)], 1000);
    const mark = layout.marks[0]!;
    const text = layout.labels[0]!;
    expect(mark.shape).toBe('span');
    if (where === 'beside') expect(text.box[0]).toBeGreaterThanOrEqual(mark.x1);
    else expect(text.box[0]).toBeLessThan(mark.x1);
  });
});

describe('layoutTimeline with titles still to come (a big chart)', () => {
  /** A prepared chart whose events have no title but these (as a big chart's data arrives). */
  function withTitles(prepared: PreparedTimeline, keep: ReadonlySet<number>): PreparedTimeline {
    return {
      ...prepared,
      events: prepared.events.map((e, i) => (keep.has(i) ? e : { ...e, title: '' })),
    };
  }

  const events = generateTimelineEvents(2000, { seed: 7 });
  const prepared = prepareTimeline(events, 'case');
  const zoomed = (p: PreparedTimeline, width: number) => {
    const [d0, d1] = p.extent;
    const mid = (d0 + d1) / 2;
    return layoutTimeline(p, { domain: [mid, mid + (d1 - d0) / 40], width });
  };

  test('an event without its title is not labelled but wanted; with it, it is labelled as ever', () => {
    const full = zoomed(prepared, 1040);
    expect(full.wanted).toEqual([]);
    expect(full.labels.length).toBeGreaterThan(0);
    const bare = zoomed(withTitles(prepared, new Set()), 1040);
    expect(bare.labels).toEqual([]);
    expect(bare.wanted.length).toBeGreaterThan(0);
    // Given the titles it asks for, pass after pass (as the chart fetches them), it lays out as
    // with every title.
    let known = new Set<number>();
    let layout = bare;
    for (let pass = 0; pass < 10 && layout.wanted.length > 0; pass++) {
      known = new Set([...known, ...layout.wanted]);
      layout = zoomed(withTitles(prepared, known), 1040);
    }
    expect(layout.wanted).toEqual([]);
    expect(layout.labels.map((l) => [l.key, l.lines])).toEqual(
      full.labels.map((l) => [l.key, l.lines]),
    );
    expect(layout.clusters.map((c) => [...c.members])).toEqual(
      full.clusters.map((c) => [...c.members]),
    );
    // Far fewer titles than events in view were needed.
    expect(known.size).toBeLessThan(events.length / 4);
  });

  test("the fit hints let a chart with only its overview's titles lay out the fitted view exactly", () => {
    const widths = [280, 360, 480, 640, 800, 1040];
    const fit = fitHints(prepared, widths);
    const named = new Set(widths.flatMap((w) => [...fit[w]!.only!]));
    expect(named.size).toBeGreaterThan(0);
    expect(named.size).toBeLessThan(events.length / 8);
    const partial = { ...withTitles(prepared, named), fit };
    for (const width of widths) {
      const view = { domain: prepared.extent, width };
      const full = layoutTimeline(prepared, view);
      const part = layoutTimeline(partial, view);
      expect(part.wanted, `width ${width}`).toEqual([]);
      expect(part.height).toBe(full.height);
      expect(boxes(part)).toEqual(boxes(full));
      expect(part.clusters.map((c) => [...c.members])).toEqual(
        full.clusters.map((c) => [...c.members]),
      );
    }
    // Zoomed in, it asks for the titles it has not got.
    expect(zoomed(partial, 1040).wanted.length).toBeGreaterThan(0);
  });
});
