import { describe, expect, test } from 'vitest';
import { earliestDay, latestDay, parseEventDate } from '../../../src/lib/dates';
import {
  calendarDateBounds,
  DEFAULT_OPTIONS,
  parseEmbedOptions,
  parseHeight,
  parseId,
  parseLanes,
  parseTheme,
  toEmbedQuery,
  type OptionName,
} from '../../../src/lib/embed/options';
import { ID_PATTERN } from '../../../src/lib/paths';

const from = (params: string) => {
  const search = new URLSearchParams(params);
  return parseEmbedOptions((name) => search.get(name));
};

// Values a link may carry that are none of the allowed ones: wrong case, padding, markup,
// script URLs, numbers where words go, and the empty string.
const HOSTILE = [
  '',
  ' ',
  'DARK',
  ' dark',
  'dark ',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '%3Cscript%3E',
  '-1',
  'dark;light',
  'x'.repeat(5000),
];

describe('parseTheme', () => {
  test.each(['auto', 'light', 'dark'])('accepts %s', (value) =>
    expect(parseTheme(value)).toBe(value),
  );
  test.each([...HOSTILE, '0', 'null', 'night', 'Light', null, undefined])('ignores %j', (value) =>
    expect(parseTheme(value)).toBeUndefined(),
  );
});

describe('parseLanes', () => {
  test.each(['case', 'actor', 'kind'])('accepts %s', (value) =>
    expect(parseLanes(value)).toBe(value),
  );
  test.each([...HOSTILE, 'actors', 'court', 'Case', null])('ignores %j', (value) =>
    expect(parseLanes(value)).toBeUndefined(),
  );
});

describe('parseId', () => {
  test.each(['meta-ai-training-eu', '2025-05-23-cologne-court-denies-injunction', 'a'])(
    'accepts the id %s',
    (value) => expect(parseId(value)).toBe(value),
  );
  test.each([
    ...HOSTILE.filter((v) => !/^[a-z0-9]+$/.test(v)),
    'Meta',
    'a--b',
    '-a',
    'a-',
    'a/b',
    '../x',
    'a b',
    'é',
    'a'.repeat(201),
  ])('ignores %j', (value) => expect(parseId(value)).toBeUndefined());
  test('uses the same form as content ids', () => {
    for (const value of ['meta-ai', 'a--b', '-a', 'A', '2025-05', 'a_b'])
      expect(parseId(value) !== undefined).toBe(ID_PATTERN.test(value));
  });
});

describe('parseHeight', () => {
  test.each([
    ['160', 160],
    ['640', 640],
    ['4000', 4000],
  ])('accepts %s as %i pixels', (value, height) => expect(parseHeight(value)).toBe(height));
  test.each([
    ...HOSTILE,
    '159',
    '4001',
    '99999',
    '640px',
    '640.5',
    '6.4e2',
    '+640',
    '0x280',
    ' 640',
    '640 ',
    '１２３',
  ])('ignores %j', (value) => expect(parseHeight(value)).toBeUndefined());
});

describe('calendarDateBounds', () => {
  test.each([
    ['2025', '2025-01-01', '2025-12-31'],
    ['2025-02', '2025-02-01', '2025-02-28'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2025-05-23', '2025-05-23', '2025-05-23'],
  ])('gives %s the days %s to %s, as src/lib/dates.ts does', (value, first, last) => {
    expect(calendarDateBounds(value)).toEqual({ first, last });
    const date = parseEventDate(value);
    expect([earliestDay(date), latestDay(date)]).toEqual([first, last]);
  });
  test.each([
    ...HOSTILE,
    '2025-13',
    '2025-00',
    '2025-02-30',
    '2025-04-31',
    '2025-5',
    '2025-05-1',
    '25',
    '20250',
    '2025-05-23~',
    '2025-05?',
    '../2025-05-23',
    '2025-05-14/2025-05-23',
    '2025-21',
    'Y2025',
  ])('ignores %j', (value) => expect(calendarDateBounds(value)).toBeUndefined());
});

describe('parseEmbedOptions', () => {
  test('reads every valid option', () => {
    expect(
      from('theme=dark&lanes=actor&from=2025-04&to=2025-05-31&event=some-event&height=800'),
    ).toEqual({
      theme: 'dark',
      lanes: 'actor',
      from: '2025-04',
      to: '2025-05-31',
      event: 'some-event',
      height: 800,
    });
  });

  const names: OptionName[] = ['theme', 'lanes', 'from', 'to', 'event', 'height'];
  test.each(names.flatMap((name) => HOSTILE.map((value) => [name, value] as const)))(
    'ignores %s=%j and keeps the default',
    (name, value) => {
      const options = parseEmbedOptions((n) => (n === name ? value : null));
      expect(options).toEqual(DEFAULT_OPTIONS);
      expect(JSON.stringify(options)).not.toContain('<');
    },
  );

  test('ignores one invalid option without losing the valid ones', () => {
    expect(from('theme=purple&lanes=actor&height=12')).toEqual({
      ...DEFAULT_OPTIONS,
      lanes: 'actor',
    });
  });

  test('ignores a window whose end comes before its start', () => {
    expect(from('from=2025-06&to=2025-05-31')).toMatchObject({ from: null, to: null });
    expect(from('from=2025-05&to=2025-05')).toMatchObject({ from: '2025-05', to: '2025-05' });
  });

  test('ignores unknown parameters', () => {
    expect(from('foo=bar&theme=light')).toEqual({ ...DEFAULT_OPTIONS, theme: 'light' });
  });
});

describe('toEmbedQuery', () => {
  test.each([
    [{}, ''],
    [DEFAULT_OPTIONS, ''],
    [{ theme: 'dark', lanes: 'actor' }, '?theme=dark&lanes=actor'],
    [{ from: '2025-04', height: 800, event: 'a-b' }, '?from=2025-04&event=a-b&height=800'],
  ] as const)('writes %j as %j', (options, query) => expect(toEmbedQuery(options)).toBe(query));

  test('round-trips through parseEmbedOptions', () => {
    const options = {
      theme: 'light',
      lanes: 'kind',
      from: '2024',
      to: '2025-02-28',
      event: 'x',
      height: 500,
    } as const;
    expect(from(toEmbedQuery(options).slice(1))).toEqual(options);
  });
});
