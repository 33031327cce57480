import { describe, expect, test } from 'vitest';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { prepareTimeline } from '../../../src/lib/timeline/prepare';
import { DAY_MS } from '../../../src/lib/timeline/time';
import type { TimelineLayout } from '../../../src/lib/timeline/types';
import {
  centreDomain,
  clampDomain,
  clusterByKey,
  clusterDomain,
  clusterOf,
  domainToTransform,
  edgeDomain,
  isWellInView,
  MIN_VISIBLE_MS,
  zoomAnchor,
  zoomDomain,
} from '../../../src/lib/timeline/view';
import { fixtureEvent, SEED_LIKE } from '../../fixtures/timeline/seed-like';

const D = DAY_MS;
const EXTENT = [0, 100 * D] as const;

/** Return a layout with marks at the given x positions (only what zoomAnchor reads). */
function withMarks(xs: number[], clusters: [number, number][] = []): TimelineLayout {
  return {
    width: 1000,
    marks: xs.map((x) => ({ x })),
    clusters: clusters.map(([x0, x1]) => ({ x0, x1 })),
  } as unknown as TimelineLayout;
}

describe('clampDomain', () => {
  test.each([
    ['a domain inside the extent', [10 * D, 20 * D], [10 * D, 20 * D]],
    ['one narrower than the minimum', [10 * D, 10 * D + 1000], [10 * D, 10 * D + MIN_VISIBLE_MS]],
    ['one wider than the extent', [-50 * D, 150 * D], [0, 100 * D]],
    ['one past the end', [95 * D, 105 * D], [90 * D, 100 * D]],
    ['one before the start', [-5 * D, 5 * D], [0, 10 * D]],
  ] as const)('keeps %s within the extent', (_, domain, expected) => {
    expect(clampDomain(domain, EXTENT)).toEqual(expected);
  });
});

describe('zoomAnchor', () => {
  test.each([
    ['the selected event when it is in view', [100, 900], 700, 700],
    ['the middle of the events in view when the selection is out of view', [100, 500], 1200, 300],
    ['the middle of the events in view when nothing is selected', [200, 400, 600], null, 400],
    ['nothing when no event is in view', [], null, null],
    ['nothing when every mark lies outside the chart', [-30, 1020], null, null],
  ] as const)('zooms around %s', (_, xs, selected, expected) => {
    expect(zoomAnchor(withMarks([...xs]), selected)).toBe(expected);
  });

  test('counts clusters as events in view', () => {
    expect(zoomAnchor(withMarks([], [[480, 520]]), null)).toBe(500);
  });
});

describe('zoomDomain', () => {
  test.each([
    ['in at the middle', 500, 2, [45 * D, 55 * D]],
    ['in at the left edge', 0, 2, [40 * D, 50 * D]],
    ['out at the middle', 500, 0.5, [30 * D, 70 * D]],
  ] as const)('zooms %s keeping the anchored time where it was', (_, at, factor, expected) => {
    const domain = [40 * D, 60 * D] as const;
    const next = zoomDomain(domain, 1000, at, factor, EXTENT);
    expect(next[0]).toBeCloseTo(expected[0], -3);
    expect(next[1]).toBeCloseTo(expected[1], -3);
  });

  test('keeps an anchored event under the same pixel', () => {
    const domain = [0, 100 * D] as const;
    const t = 73 * D;
    const next = zoomDomain(domain, 1000, 730, 4, EXTENT);
    expect(((t - next[0]) / (next[1] - next[0])) * 1000).toBeCloseTo(730, 6);
  });
});

describe('centreDomain', () => {
  test.each([
    [50 * D, [40 * D, 60 * D]],
    [2 * D, [0, 20 * D]],
    [99 * D, [80 * D, 100 * D]],
  ] as const)('centres %d ms as far as the extent allows', (t, expected) => {
    expect(centreDomain([0, 20 * D], t, EXTENT)).toEqual(expected);
  });
});

describe('isWellInView', () => {
  test.each([
    [10 * D, true],
    [0.5 * D, false],
    [20 * D, false],
  ] as const)('says whether %d ms sits inside the view, away from its edges: %s', (t, inView) => {
    expect(isWellInView([0, 20 * D], t)).toBe(inView);
  });
});

describe('clusterDomain', () => {
  test.each([
    ['one day', 10 * D, 11 * D, [9 * D, 12 * D]],
    ['ten days', 10 * D, 20 * D, [8.5 * D, 21.5 * D]],
  ] as const)('opens a cluster of %s with room around', (_, t0, t1, expected) => {
    const [a, b] = clusterDomain({ t0, t1 }, EXTENT);
    expect(a).toBeCloseTo(expected[0], -3);
    expect(b).toBeCloseTo(expected[1], -3);
  });
});

describe('domainToTransform', () => {
  test.each([
    [[0, 100 * D], { k: 1, x: 0 }],
    [[50 * D, 100 * D], { k: 2, x: -1000 }],
    [[25 * D, 50 * D], { k: 4, x: -1000 }],
  ] as const)('turns %j into a d3-zoom transform', (domain, expected) => {
    const t = domainToTransform(domain, EXTENT, 1000);
    expect(t.k).toBeCloseTo(expected.k, 9);
    expect(t.x).toBeCloseTo(expected.x, 6);
  });
});

describe('edgeDomain', () => {
  const times = { a0: Float64Array.from([5 * D, 80 * D]), a1: Float64Array.from([6 * D, 81 * D]) };
  test.each([
    ['before', [0.5 * D, 10.5 * D]],
    ['after', [75.5 * D, 85.5 * D]],
  ] as const)('leads "%s" to the nearest event on that side', (side, expected) => {
    expect(edgeDomain([40 * D, 50 * D], side, times, EXTENT)).toEqual(expected);
  });
});

describe('clusterOf and clusterByKey', () => {
  test('find a cluster by its members and its key, from the layout, not the DOM', () => {
    const events = Array.from({ length: 40 }, (_, i) =>
      fixtureEvent(`s${i}`, { start: '2025-05-23', end: '2025-05-23' }),
    );
    const prepared = prepareTimeline([...SEED_LIKE.slice(0, 1), ...events]);
    const layout = layoutTimeline(prepared, { domain: prepared.extent, width: 1000 });
    const cluster = layout.clusters[0]!;
    const member = cluster.members[0] as number;
    expect(clusterOf(layout, member)).toBe(cluster);
    expect(clusterByKey(layout, cluster.key)).toBe(cluster);
    expect(clusterByKey(layout, 'nothing')).toBeNull();
  });
});
