import { describe, expect, test } from 'vitest';
import { compactToEmbed } from '../../../src/lib/embed/from-compact';
import {
  compactTimeline,
  CompactTimelineError,
  COMPACT_VERSION,
} from '../../../src/lib/timeline/compact';
import { prepareTimeline } from '../../../src/lib/timeline/prepare';
import { fixtureEvent } from '../../fixtures/timeline/seed-like';

const DATA_URL = 'https://kb.example/kb/data/cases/a.timeline.json';
const events = [
  fixtureEvent(
    'first',
    { start: '2025-01-01', end: '2025-01-01' },
    { cases: ['a', 'b'], actors: ['noyb'] },
  ),
  fixtureEvent('second', { start: '2025-02-01', end: '2025-02-01' }, { cases: ['a'] }),
];
const names = { a: 'Case A', b: 'Case B' };
const packed = (
  options: {
    eventPrefix?: string;
    caseUrl?: string;
    urls?: Record<number, string>;
    home?: string;
  } = {},
) => {
  const eventUrl = (id: string) => `${options.eventPrefix ?? '/kb/events/'}${id}/`;
  const withUrls = events.map((e) => ({ ...e, url: eventUrl(e.id) }));
  const data = compactTimeline(prepareTimeline(withUrls, 'case', names), {
    laneBy: 'case',
    names,
    eventUrl,
    subject: { id: 'a', title: 'Case A', url: options.caseUrl ?? '/kb/cases/a/' },
    site: 'Casetrail',
    home: options.home ?? '',
    actorNames: { noyb: 'noyb – European Center for Digital Rights' },
    details: {
      url: ['/kb/data/cases/a/events/', '.json'],
      size: 250,
      key: 'k',
      actors: '/kb/data/cases/a/actors.json',
      names: ['/kb/data/cases/a/names/', '.json'],
      ids: '/kb/data/cases/a/ids.json',
    },
  });
  return JSON.parse(
    JSON.stringify({ ...data, urls: { ...data.urls, ...options.urls } }),
  ) as unknown;
};

describe('chart data or not', () => {
  test.each([
    [packed(), true],
    [{ version: 1, case: { id: 'a' }, events: [] }, false],
    [null, false],
    ['v', false],
  ])('tells compact chart data (%#) from an API case document: %s', (doc, compact) => {
    const read = () => compactToEmbed(doc, 'https://kb.example/data/cases/a.json');
    if (compact) expect(read).not.toThrow();
    else expect(read).toThrow(/kb\.example\/data\/cases\/a\.json: "v" is not Casetrail chart data/);
  });
});

describe('compactToEmbed', () => {
  test('names the case, its site and its lanes by title, with links made absolute', () => {
    const embed = compactToEmbed(packed(), DATA_URL);
    expect(embed).toMatchObject({
      id: 'a',
      title: 'Case A',
      url: 'https://kb.example/kb/cases/a/',
      siteName: 'Casetrail',
      names: { case: names, actor: { noyb: 'noyb – European Center for Digital Rights' } },
      details: {
        url: ['https://kb.example/kb/data/cases/a/events/', '.json'],
        size: 250,
        actors: 'https://kb.example/kb/data/cases/a/actors.json',
      },
    });
    expect(embed.events.map((e) => e.url)).toEqual([
      'https://kb.example/kb/events/first/',
      'https://kb.example/kb/events/second/',
    ]);
    expect(embed.prepared?.timeline.lanes.map((l) => l.label)).toEqual(['Case A', 'Case B']);
  });

  test('links to the site’s configured home when the data is served from another address', () => {
    const embed = compactToEmbed(packed({ home: 'https://casetrail.example/kb/' }), DATA_URL);
    expect(embed.url).toBe('https://casetrail.example/kb/cases/a/');
    expect(embed.events[0]?.url).toBe('https://casetrail.example/kb/events/first/');
    // The details come from where the chart's data came from.
    expect(embed.details?.url[0]).toBe('https://kb.example/kb/data/cases/a/events/');
  });

  test.each([
    ['event pages under javascript:', { eventPrefix: 'javascript:alert(1)//' }, 'events', ['', '']],
    [
      'one event page as javascript:',
      // By the event's index in the chart.
      { urls: { 1: 'javascript:alert(1)' } },
      'events',
      ['https://kb.example/kb/events/first/', ''],
    ],
    ['the case page as javascript:', { caseUrl: 'javascript:alert(1)' }, 'case', ''],
  ])('links nowhere for %s', (_, options, what, expected) => {
    const embed = compactToEmbed(packed(options), DATA_URL);
    expect(what === 'case' ? embed.url : embed.events.map((e) => e.url)).toEqual(expected);
  });

  test('refuses a document of the wrong shape, naming the address', () => {
    const call = () => compactToEmbed({ v: COMPACT_VERSION, id: 'x' }, DATA_URL);
    expect(call).toThrow(CompactTimelineError);
    expect(call).toThrow(`${DATA_URL}: "count" is not Casetrail chart data`);
  });
});
