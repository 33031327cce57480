import { describe, expect, test } from 'vitest';
import { COMPACT_VERSION } from '../../../src/lib/timeline/compact';
import { checkEventDetails } from '../../../src/lib/timeline/compact-check';
import { DETAILS_SIZE, detailsChunks, detailsKey } from '../../../src/lib/timeline/details';

describe('detailsKey', () => {
  test.each([
    [['a', 'b'], ['a', 'b'], true],
    [['a', 'b'], ['b', 'a'], false],
    [['ab'], ['a', 'b'], false],
    [['a', 'b'], ['a', 'b', 'c'], false],
  ])('keys %j and %j alike: %s', (one, two, same) => {
    expect(detailsKey(one) === detailsKey(two)).toBe(same);
    expect(detailsKey(one)).toMatch(/^[0-9a-f]{8}$/);
  });
});

describe('detailsChunks', () => {
  test.each([
    [1, 1],
    [DETAILS_SIZE, 1],
    [DETAILS_SIZE + 1, 2],
    [10_000, Math.ceil(10_000 / DETAILS_SIZE)],
  ])('splits %i events into %i files', (count, chunks) => {
    expect(detailsChunks(count)).toBe(chunks);
  });
});

describe('checkEventDetails (src/lib/timeline/compact-check.ts)', () => {
  const URL = 'https://kb.example/data/cases/a/events/1.json';
  const expected = { key: 'k1', first: DETAILS_SIZE, count: 2 };
  const good = {
    v: COMPACT_VERSION,
    key: 'k1',
    first: DETAILS_SIZE,
    summary: ['One.', 'Two.'],
    note: ['', 'Scheduled for 1 May 2026; not reported as having happened as of 3 May 2026.'],
    media: [null, { url: 'https://img.example/a.png', credit: null, caption: null }],
    // The second responds to the chart's event 7 and appeals one outside the chart.
    links: [
      [],
      [
        [0, 7],
        [1, 'other-case-ruling'],
      ],
    ],
  };
  test('accepts a chunk of the chart it was asked for', () => {
    expect(checkEventDetails(good, URL, expected).summary).toEqual(['One.', 'Two.']);
    expect(checkEventDetails(good, URL, { ...expected, kinds: 2 }).links[1]).toHaveLength(2);
  });
  test('refuses a link kind past the chart’s table, when told its size', () => {
    expect(() => checkEventDetails(good, URL, { ...expected, kinds: 1 })).toThrow(
      `${URL}: "links" is not Casetrail chart data`,
    );
  });
  test.each([
    ['another build’s chunk', { ...good, key: 'k2' }, '"key"'],
    ['another chunk', { ...good, first: 0 }, '"first"'],
    ['a summary missing', { ...good, summary: ['One.'] }, '"summary"'],
    ['a summary as an object', { ...good, summary: ['One.', { html: '<b>' }] }, '"summary"'],
    ['media as a string', { ...good, media: [null, 'x'] }, '"media"'],
    ['no links (an older build’s chunk)', { ...good, links: undefined }, '"links"'],
    ['one event’s links missing', { ...good, links: [[]] }, '"links"'],
    ['a link without its target', { ...good, links: [[], [[0]]] }, '"links"'],
    ['a negative link kind', { ...good, links: [[], [[-1, 7]]] }, '"links"'],
    ['a link target as an object', { ...good, links: [[], [[0, { id: 'x' }]]] }, '"links"'],
  ])('refuses %s, naming the URL', (_, value, message) => {
    expect(() => checkEventDetails(value, URL, expected)).toThrow(
      `${URL}: ${message} is not Casetrail chart data`,
    );
  });
});
