// A big chart's data carries only the ids and titles its fitted view reads (`named`), and its
// links come with the details: what the browser draws first must not change, and with every
// names and details chunk in, the chart must be whole again (src/lib/timeline/compact.ts).
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { VARIANT_WIDTHS } from '../../../src/client/timeline/static';
import { syntheticCompactCase } from '../../../src/harness/synthetic-compact';
import { syntheticCaseDocument } from '../../../src/harness/synthetic-case';
import { generateTimelineEvents } from '../../../src/harness/synthetic-timeline';
import {
  applyActors,
  caseMembers,
  compactTimeline,
  expandTimeline,
  linkEvents,
  nameEvents,
  type CompactTimeline,
} from '../../../src/lib/timeline/compact';
import { checkCompactTimeline } from '../../../src/lib/timeline/compact-check';
import { DETAILS_SIZE, detailsLinks } from '../../../src/lib/timeline/details';
import { fitHints, layoutTimeline } from '../../../src/lib/timeline/layout';
import { prepareTimeline, type PreparedTimeline } from '../../../src/lib/timeline/prepare';
import type { LaneBy, TimelineEvent, TimelineLayout } from '../../../src/lib/timeline/types';

const COUNT = 3000;
const SITE = syntheticCaseDocument(1).site;
const URL = 'https://kb.example/data/cases/synthetic-case-00.timeline.json';
// The synthetic case as the build writes it, through JSON as the browser gets it.
const files = JSON.parse(JSON.stringify(syntheticCompactCase(COUNT, '/big/events/'))) as ReturnType<
  typeof syntheticCompactCase
>;
// The same events, prepared as the build prepares them.
const full = (() => {
  const doc = syntheticCaseDocument(COUNT);
  const events = generateTimelineEvents(COUNT).map((e) => ({
    ...e,
    url: `${SITE}events/${e.id}/`,
  }));
  return prepareTimeline(events, 'case', { [doc.case.id]: doc.case.title });
})();

/** Return the chart with every names and details chunk given to it, as the browser loads them. */
function whole(chart: CompactTimeline): PreparedTimeline {
  const expanded = expandTimeline(chart, URL);
  for (const names of files.names) nameEvents(expanded, chart, names.first, names.id, names.title);
  for (const details of files.chunks) linkEvents(expanded, chart, details.first, details.links);
  return expanded;
}

/** The ids an expanded chart knows its events by, without the `#index` stand-ins. */
const knownIds = (prepared: PreparedTimeline) =>
  [...prepared.indexById].filter(([id]) => !id.startsWith('#')).sort();

/** A layout's drawing, its keys left out: they name an event by index until its id is in. */
const drawing = ({ marks, labels, clusters, lanes, height }: TimelineLayout) => ({
  height,
  lanes,
  marks: marks.map(({ key: _, ...mark }) => mark),
  labels: labels.map(({ key: _, ...label }) => label),
  clusters: clusters.map(({ key: _, members, ...cluster }) => ({
    ...cluster,
    members: [...members],
  })),
});

describe('a big chart’s data (named, links in the details)', () => {
  const chart = checkCompactTimeline(files.timeline, URL);
  const views = VARIANT_WIDTHS.map((width) => ({
    domain: full.extent,
    width,
    today: null,
    laneTitles: false,
  }));

  test('names every event its fitted views label, with its id and title, and no links', () => {
    let at = 0;
    const named = chart.named!.map((d) => (at += d));
    expect(chart.count).toBe(COUNT);
    expect(chart.id).toEqual(named.map((i) => full.events[i]!.id));
    expect(chart.title).toEqual(named.map((i) => full.events[i]!.title));
    const labelled = views.flatMap((view) => layoutTimeline(full, view).labels.map((l) => l.event));
    expect(labelled.length).toBeGreaterThan(0);
    expect(labelled.filter((e) => !named.includes(e))).toEqual([]);
    expect(chart.links).toEqual([]);
    expect(chart.linked).toHaveLength(COUNT);
    expect(chart.linkKinds).toEqual([['responds-to', 'Responds to']]);
  });

  test.each(views.map((view) => [view.width, view]))(
    'draws the fitted view at %i px as the whole chart does, before any chunk is in',
    (_, view) => {
      const first = layoutTimeline(expandTimeline(chart, URL), view);
      expect(first.wanted).toEqual([]);
      expect(first.labels.length).toBeGreaterThan(0);
      expect(drawing(first)).toEqual(drawing(layoutTimeline(full, view)));
    },
  );

  test('with every names, details and actors file in, is what prepareTimeline made', () => {
    const expanded = whole(chart);
    applyActors(expanded.events, files.actors);
    for (const details of files.chunks)
      details.summary.forEach((s, i) => (expanded.events[details.first + i]!.summary = s));
    expect(expanded.events).toEqual(full.events);
    expect(expanded.times).toEqual(full.times);
    expect(expanded.lanes.map(({ longest: _, ...lane }) => lane)).toEqual(full.lanes);
    expect(expanded.extent).toEqual(full.extent);
    expect(knownIds(expanded)).toEqual(knownIds(full));
    for (const key of ['a0', 'a1', 'day', 'open'] as const)
      expect(Array.from(expanded[key])).toEqual(Array.from(full[key]));
  });

  test('tells each lane’s longest title, which the layout plans its lines by', () => {
    expect(chart.lanes.map((l) => l.longest)).toEqual(
      full.lanes.map((l) => Math.max(...[...l.members].map((m) => full.events[m]!.title.length))),
    );
  });

  test('its linked column says which events link within the chart, as the links do', () => {
    const expanded = whole(chart);
    const linked = expanded.events.map((e) =>
      e.links.some((l) => l.event !== e.id && expanded.indexById.has(l.event)) ? 1 : 0,
    );
    expect(linked).toEqual(chart.linked);
    expect(linked).toContain(1);
  });

  test('its names chunks and ids file hold every event, in chart order, in the details’ chunks', () => {
    expect(files.names.map((n) => n.first)).toEqual(files.chunks.map((c) => c.first));
    expect(files.names.flatMap((n) => n.id)).toEqual(full.events.map((e) => e.id));
    expect(files.names.flatMap((n) => n.title)).toEqual(full.events.map((e) => e.title));
    expect(files.ids.id).toEqual(full.events.map((e) => e.id));
    expect(new Set([chart.details!.key, ...files.names.map((n) => n.key)]).size).toBe(1);
    expect(chart.details).toMatchObject({
      names: ['/big/names/', '.json'],
      ids: '/big/ids.json',
      actors: '/big/actors.json',
    });
  });

  // Issue 18's aim: the titles of the overview only.
  test('carries under a tenth of the bytes of every event’s id and title', () => {
    const gzip = (value: unknown) => gzipSync(JSON.stringify(value), { level: 9 }).length;
    const { named, id, title } = chart;
    const every = { id: full.events.map((e) => e.id), title: full.events.map((e) => e.title) };
    expect(gzip({ named, id, title })).toBeLessThan(gzip(every) / 10);
  });
});

describe('fitHints as the build uses it', () => {
  test('names the same events however often it is asked, and leaves the chart as it was', () => {
    const once = fitHints(full, VARIANT_WIDTHS, false);
    expect(fitHints(full, VARIANT_WIDTHS, false)).toEqual(once);
    expect(full.reads).toBeUndefined();
    expect(full.fit).toBeUndefined();
  });
});

describe('lanes left out of the data (members: null)', () => {
  const eventUrl = (id: string) => `/kb/events/${id}/`;
  const pack = (events: TimelineEvent[], laneBy: LaneBy, names: Record<string, string>) => {
    const prepared = prepareTimeline(events, laneBy, names);
    const packed = compactTimeline(prepared, { laneBy, names, eventUrl });
    return {
      prepared,
      packed,
      expanded: expandTimeline(JSON.parse(JSON.stringify(packed)) as CompactTimeline),
    };
  };
  const withUrls = (events: TimelineEvent[]) => events.map((e) => ({ ...e, url: eventUrl(e.id) }));

  test('are those that are every event of a case in time order, and rebuild exactly', () => {
    // Events of two cases each: a lane by case is then not every event of the chart.
    const events = withUrls(generateTimelineEvents(1200, { cases: 4, seed: 3 })).map((e, i) =>
      i % 7 === 0 && !e.cases.includes('synthetic-case-00')
        ? { ...e, cases: [...e.cases, 'synthetic-case-00'] }
        : e,
    );
    const { prepared, packed, expanded } = pack(events, 'case', {});
    expect(packed.lanes.map((l) => l.members)).toEqual([null, null, null, null]);
    expect(expanded.lanes).toEqual(prepared.lanes);
    for (const [c, lane] of packed.lanes.entries())
      expect(
        caseMembers(packed.eventCases, packed.cases.indexOf(lane.id), prepared.a0, prepared.a1),
      ).toEqual([...prepared.lanes[c]!.members]);
  });

  test('are not lanes by actor or the lane that gathers the cases past the last', () => {
    const byActor = pack(withUrls(generateTimelineEvents(300, { seed: 5 })), 'actor', {});
    expect(byActor.packed.lanes.every((l) => l.members !== null)).toBe(true);
    expect(byActor.expanded.lanes).toEqual(byActor.prepared.lanes);
    const many = pack(withUrls(generateTimelineEvents(600, { cases: 30, seed: 6 })), 'case', {});
    const other = many.packed.lanes.find((l) => !many.packed.cases.includes(l.id));
    expect(other?.members).not.toBeNull();
    expect(many.expanded.lanes).toEqual(many.prepared.lanes);
  });
});

describe('detailsLinks', () => {
  test('codes a link kind the chart’s table lacks as an error naming the event', () => {
    const events = generateTimelineEvents(20, { seed: 2 });
    const prepared = prepareTimeline(events, 'case', {});
    const linked = events.findIndex((e) => e.links.length > 0);
    expect(() => detailsLinks(prepared, [], 0, DETAILS_SIZE)).toThrow(
      `link kind "responds-to|Responds to" of event "${events[linked]!.id}"`,
    );
  });
});
