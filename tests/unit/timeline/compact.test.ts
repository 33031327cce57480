import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import {
  compactTimeline,
  CompactTimelineError,
  expandTimeline,
  isBigTimeline,
  BIG_TIMELINE,
} from '../../../src/lib/timeline/compact';
import { prepareTimeline } from '../../../src/lib/timeline/prepare';
import type { LaneBy, TimelineEvent } from '../../../src/lib/timeline/types';
import { generateTimelineEvents } from '../../../src/harness/synthetic-timeline';
import { fixtureEvent, SEED_LIKE } from '../../fixtures/timeline/seed-like';

const eventUrl = (id: string) => `/kb/events/${id}/`;
const withUrls = (events: TimelineEvent[]) => events.map((e) => ({ ...e, url: eventUrl(e.id) }));
// Through JSON, as the browser gets it.
const roundTrip = (events: TimelineEvent[], laneBy: LaneBy) => {
  const prepared = prepareTimeline(events, laneBy, { 'case-a': 'Case A' });
  const packed = compactTimeline(prepared, { laneBy, names: { 'case-a': 'Case A' }, eventUrl });
  return { prepared, packed, expanded: expandTimeline(JSON.parse(JSON.stringify(packed))) };
};

describe('expandTimeline', () => {
  test.each([
    ['the seed-like case by case', withUrls(SEED_LIKE), 'case'],
    [
      '2,000 synthetic events in 5 cases by case',
      generateTimelineEvents(2000, { cases: 5 }),
      'case',
    ],
    ['400 synthetic events by actor', generateTimelineEvents(400, { seed: 7 }), 'actor'],
    ['400 synthetic events by kind', generateTimelineEvents(400, { seed: 9 }), 'kind'],
  ] as const)('gives back what prepareTimeline made of %s', (_, events, laneBy) => {
    const { prepared, expanded } = roundTrip([...events], laneBy);
    expect(expanded.events).toEqual(prepared.events);
    expect(expanded.times).toEqual(prepared.times);
    expect(expanded.lanes).toEqual(prepared.lanes);
    expect(expanded.extent).toEqual(prepared.extent);
    // Besides its id, an event is found by its index (`#3`), as before its id is in.
    expect([...expanded.indexById].filter(([id]) => !id.startsWith('#'))).toEqual([
      ...prepared.indexById,
    ]);
    expect(expanded.indexById.get('#1')).toBe(1);
    for (const key of ['a0', 'a1', 'day', 'open'] as const)
      expect(Array.from(expanded[key])).toEqual(Array.from(prepared[key]));
  });

  test('keeps an event URL that does not follow the pattern, and links to other cases', () => {
    const events = [
      fixtureEvent('a', { start: '2025-01-01', end: '2025-01-01' }, { url: eventUrl('a') }),
      fixtureEvent(
        'b',
        { start: '2025-02-01', end: '2025-02-01' },
        {
          url: 'https://elsewhere.example/b',
          links: [
            { type: 'responds-to', label: 'Responds to', event: 'a' },
            { type: 'appeals', label: 'Appeals', event: 'not-in-this-case' },
          ],
        },
      ),
    ];
    const { packed, expanded } = roundTrip(events, 'case');
    // By the event's index: its id may not be in the file.
    expect(packed.urls).toEqual({ 1: 'https://elsewhere.example/b' });
    expect(expanded.events[1]?.url).toBe('https://elsewhere.example/b');
    expect(expanded.events[1]?.links.map((l) => l.event)).toEqual(['a', 'not-in-this-case']);
  });

  test.each([
    ['an older version', { v: 1 }],
    ['no object', null],
  ])('refuses %s with the source named', (_, data) => {
    expect(() => expandTimeline(data as never, '/data/cases/x.timeline.json')).toThrow(
      CompactTimelineError,
    );
    expect(() => expandTimeline(data as never, '/data/cases/x.timeline.json')).toThrow(
      /\/data\/cases\/x\.timeline\.json: version .* rebuild the site/,
    );
  });
});

describe('compactTimeline', () => {
  test('writes 2,000 events in under 70% of the gzipped JSON of the plain events', () => {
    const events = withUrls(generateTimelineEvents(2000, { cases: 5 }));
    const { packed } = roundTrip(events, 'case');
    const gzip = (value: unknown) => gzipSync(JSON.stringify(value)).length;
    expect(gzip(packed)).toBeLessThan(gzip(events) * 0.7);
  });
});

describe('compactTimeline’s named events', () => {
  const events = withUrls(generateTimelineEvents(400, { seed: 11 }));
  const prepared = prepareTimeline(events, 'case', {});
  const pack = (named?: Set<number>) =>
    compactTimeline(prepared, { laneBy: 'case', names: {}, eventUrl, named });

  test('are every event by default: ids, titles and links in the file', () => {
    const packed = pack();
    expect(packed).toMatchObject({ count: 400, named: null, linked: null });
    expect(packed.id).toEqual(events.map((e) => e.id));
    expect(packed.links).toHaveLength(400);
    expect(packed.lanes[0]).not.toHaveProperty('longest');
  });

  test('when given, are the only ids and titles in the file, in order, and the links are not', () => {
    const packed = pack(new Set([30, 2, 17]));
    expect(packed.named).toEqual([2, 15, 13]);
    expect(packed.id).toEqual([events[2]!.id, events[17]!.id, events[30]!.id]);
    expect(packed.title).toEqual([events[2]!.title, events[17]!.title, events[30]!.title]);
    expect(packed.links).toEqual([]);
    // The kinds stay: the details' links index into them.
    expect(packed.linkKinds).toEqual(pack().linkKinds);
    expect(packed.linkKinds.length).toBeGreaterThan(0);
    expect(packed.linked).toEqual(pack().links.map((l) => (l.length > 0 ? 1 : 0)));
  });
});

describe('isBigTimeline', () => {
  test.each([
    [6, false],
    [BIG_TIMELINE, false],
    [BIG_TIMELINE + 1, true],
    [10_000, true],
  ])('calls %i events big: %s', (count, big) => {
    expect(isBigTimeline(count)).toBe(big);
  });
});

describe('compactTimeline without summaries', () => {
  test('leaves every summary out and keeps the rest', () => {
    const events = withUrls(generateTimelineEvents(50));
    const prepared = prepareTimeline(events, 'case', {});
    const packed = compactTimeline(prepared, {
      laneBy: 'case',
      names: {},
      eventUrl,
      summaries: false,
    });
    const expanded = expandTimeline(JSON.parse(JSON.stringify(packed)) as typeof packed);
    expect(expanded.events.map((e) => e.summary)).toEqual(events.map(() => ''));
    expect(expanded.events.map((e) => e.title)).toEqual(events.map((e) => e.title));
  });
});

describe('compactTimeline’s dates as read', () => {
  test.each([
    ['a day, as the model words it', { when: '1 February 2025' }, ''],
    ['a wording of its own', { when: 'early February 2025' }, 'early February 2025'],
  ])('leaves out %s only when it reads back the same', (_, extra, packedWhen) => {
    const events = [
      fixtureEvent(
        'a',
        { start: '2025-02-01', end: '2025-02-01' },
        { ...extra, url: eventUrl('a') },
      ),
    ];
    const { packed, expanded } = roundTrip(events, 'case');
    expect(packed.when).toEqual([packedWhen]);
    expect(expanded.events[0]?.when).toBe(extra.when);
  });
});
