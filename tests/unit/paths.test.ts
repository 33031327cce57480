import { describe, expect, test } from 'vitest';
import { createPaths, createSiteUrls, ID_PATTERN } from '../../src/lib/paths';

describe('createPaths', () => {
  test.each([
    ['/', 'case', ['meta'], '/cases/meta/'],
    ['/kb', 'event', ['a-b'], '/kb/events/a-b/'],
    ['/kb/', 'caseData', ['meta'], '/kb/data/cases/meta.json'],
    ['/kb/', 'ogImage', ['events', 'x'], '/kb/og/events/x.png'],
    ['/kb/', 'embedPage', ['meta'], '/kb/embed/meta/'],
    ['/kb/', 'embedScript', [], '/kb/embed.js'],
    ['/kb/', 'oembed', ['meta'], '/kb/oembed/meta.json'],
    ['/kb/', 'caseCalendar', ['meta'], '/kb/cases/meta/calendar.ics'],
    ['/kb/', 'caseYear', ['meta', '2025'], '/kb/cases/meta/2025/'],
    ['/kb/', 'caseTimeline', ['meta'], '/kb/data/cases/meta.timeline.json'],
    ['/kb/', 'caseDetails', ['meta', '3'], '/kb/data/cases/meta/events/3.json'],
    ['/kb/', 'caseNames', ['meta', '3'], '/kb/data/cases/meta/names/3.json'],
    ['/kb/', 'caseIds', ['meta'], '/kb/data/cases/meta/ids.json'],
    ['/', 'timeline', [], '/data/timeline.json'],
  ] as const)('under base %s gives %s(%j) as %s', (base, name, args, path) => {
    const build = createPaths(base)[name] as (...a: readonly string[]) => string;
    expect(build(...args)).toBe(path);
  });
});

describe('createSiteUrls', () => {
  test('makes every path of the site absolute under the origin and base', () => {
    const paths = createPaths('/kb/');
    const urls = createSiteUrls('https://news.example', '/kb/');
    for (const name of Object.keys(urls) as (keyof typeof urls)[]) {
      const build = urls[name] as (...a: string[]) => string;
      const path = paths[name] as (...a: string[]) => string;
      const args = name === 'ogImage' ? ['cases', 'x'] : ['x'];
      expect(build(...args)).toBe(`https://news.example${path(...args)}`);
    }
  });
});

describe('ID_PATTERN', () => {
  test.each([
    ['meta-ai-training-eu', true],
    ['2025-05-23-ruling', true],
    ['Meta', false],
    ['a--b', false],
    ['-a', false],
    ['a/b', false],
    ['', false],
  ])('says %j is an id: %s', (value, ok) => {
    expect(ID_PATTERN.test(value)).toBe(ok);
  });
});
