import { describe, expect, test } from 'vitest';
import {
  describeNarrow,
  isNarrowed,
  matchFacets,
  narrowToParams,
  parseNarrowParams,
} from '../../../src/lib/search/narrow';
import type { TimelineEvent } from '../../../src/lib/timeline/types';

const known = { kinds: new Set(['ruling', 'letter']), actors: new Set(['acme-corp', 'court-a']) };
const parse = (query: string) => parseNarrowParams(new URLSearchParams(query), known);

describe('parseNarrowParams', () => {
  test.each([
    ['', { query: '' }],
    ['q=%20opt%20%20out%20', { query: 'opt out' }],
    ['q=x&kind=ruling&actor=court-a', { query: 'x', kind: 'ruling', actor: 'court-a' }],
    // Values the case does not have, or that are no value at all, are dropped.
    ['kind=hearing&actor=nobody', { query: '' }],
    ['kind=constructor&actor=__proto__', { query: '' }],
    ['kind=%3Cscript%3E', { query: '' }],
  ])('reads "%s"', (query, state) => {
    expect(parse(query)).toEqual(state);
  });

  test('cuts an overlong query', () => {
    expect(parse(`q=${'a'.repeat(500)}`).query).toHaveLength(200);
  });
});

describe('narrowToParams', () => {
  test.each([
    [{ query: '' }, ''],
    [{ query: 'opt out', kind: 'ruling' }, 'q=opt+out&kind=ruling'],
    [{ query: '', actor: 'court-a' }, 'actor=court-a'],
  ])('writes %j as "%s", and reads it back', (state, params) => {
    expect(narrowToParams(state)).toBe(params);
    expect(parse(params)).toEqual(state);
  });
});

describe('isNarrowed', () => {
  test.each([
    [{ query: '' }, false],
    [{ query: 'x' }, true],
    [{ query: '', kind: 'ruling' }, true],
  ])('%j → %s', (state, narrowed) => {
    expect(isNarrowed(state)).toBe(narrowed);
  });
});

describe('matchFacets', () => {
  const event = (id: string, kind: string, actors: string[]) =>
    ({ id, kind, actors }) as unknown as TimelineEvent;
  const events = [
    event('a', 'ruling', ['court-a', 'acme-corp']),
    event('b', 'letter', ['acme-corp']),
    event('c', 'ruling', []),
  ];
  test.each([
    [{ query: '' }, ['a', 'b', 'c']],
    [{ query: 'x', kind: 'ruling' }, ['a', 'c']],
    [{ query: '', actor: 'acme-corp' }, ['a', 'b']],
    [{ query: '', kind: 'letter', actor: 'court-a' }, []],
  ])('keeps the events of %j', (state, ids) => {
    expect(matchFacets(events, state)).toEqual(ids);
  });
});

describe('describeNarrow', () => {
  const name = (id: string) => (id === 'court-a' ? 'Court A' : id);
  test.each([
    [2, { query: 'injunction' }, '2 of 6 events match “injunction”.'],
    [
      1,
      { query: 'injunction', kind: 'ruling' },
      '1 of 6 events matches “injunction” (kind: Ruling).',
    ],
    [3, { query: '', actor: 'court-a' }, '3 of 6 events (actor: Court A).'],
    [0, { query: 'zzqx' }, 'None of the 6 events matches “zzqx”.'],
    [
      0,
      { query: '', kind: 'letter', actor: 'court-a' },
      'None of the 6 events matches (kind: Letter, actor: Court A).',
    ],
  ])('says %i shown for %j', (shown, state, text) => {
    expect(describeNarrow(shown, 6, state, name)).toBe(text);
  });
});
