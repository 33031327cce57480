import { describe, expect, test } from 'vitest';
import {
  CACHE_CONTROL,
  HEADER_RULES,
  headersForPath,
  matchesPattern,
  type HeaderRule,
} from '../../../src/lib/deploy/headers';
import { toHeadersFile, toNginxServer } from '../../../src/lib/deploy/targets';

describe('matchesPattern', () => {
  test.each([
    ['/data/*', '/data/cases/meta.json', true],
    ['/data/*', '/database', false],
    ['/embed.js', '/embed.js', true],
    ['/embed.js', '/embedXjs', false],
    ['/cases/:case/rss.xml', '/cases/meta-ai/rss.xml', true],
    ['/cases/:case/rss.xml', '/cases/a/b/rss.xml', false],
    ['/cases/:case/rss.xml', '/cases/meta-ai/', false],
    ['/*', '/', true],
  ])('%s covers %s: %s', (pattern, path, expected) => {
    expect(matchesPattern(pattern, path)).toBe(expected);
  });
});

describe('headersForPath', () => {
  test.each([
    ['/embed.js', { 'Access-Control-Allow-Origin': '*', 'Cache-Control': CACHE_CONTROL.SHORT }],
    ['/_astro/page.Cx1a2b.js', { 'Cache-Control': CACHE_CONTROL.IMMUTABLE }],
    ['/pagefind/fragment/en_12ab.pf_fragment', { 'Cache-Control': CACHE_CONTROL.IMMUTABLE }],
    ['/cases/meta/calendar.ics', { 'Cache-Control': CACHE_CONTROL.SHORT }],
    ['/og/events/x.png', { 'Cache-Control': CACHE_CONTROL.DAY }],
    // The chart data a big case's page fetches: cached briefly, readable by other sites.
    [
      '/data/cases/meta.timeline.json',
      { 'Access-Control-Allow-Origin': '*', 'Cache-Control': CACHE_CONTROL.SHORT },
    ],
    // A chunk of a chart's event details, which the widget on another site fetches.
    [
      '/data/cases/meta/events/0.json',
      { 'Access-Control-Allow-Origin': '*', 'Cache-Control': CACHE_CONTROL.SHORT },
    ],
    [
      '/data/timeline.json',
      { 'Access-Control-Allow-Origin': '*', 'Cache-Control': CACHE_CONTROL.SHORT },
    ],
  ])('gives %s its headers and the site-wide ones', (path, expected) => {
    const { headers, conflicts } = headersForPath(HEADER_RULES, path);
    expect(headers).toEqual({
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
      ...expected,
    });
    expect(conflicts).toEqual([]);
  });

  test('leaves pages without CORS or a cache rule (hosts revalidate HTML)', () => {
    const { headers } = headersForPath(HEADER_RULES, '/cases/meta/');
    expect(headers).not.toHaveProperty('Access-Control-Allow-Origin');
    expect(headers).not.toHaveProperty('Cache-Control');
  });

  test('applies the rules under the base path only', () => {
    expect(headersForPath(HEADER_RULES, '/kb/embed.js', '/kb/').headers).toHaveProperty(
      'Access-Control-Allow-Origin',
    );
    expect(headersForPath(HEADER_RULES, '/embed.js', '/kb/').headers).not.toHaveProperty(
      'Access-Control-Allow-Origin',
    );
  });

  test('reports a header that two rules set on one path', () => {
    const overlapping: HeaderRule[] = [
      { why: 'a', paths: ['/*'], headers: { 'Cache-Control': 'no-cache' } },
      { why: 'b', paths: ['/data/*'], headers: { 'Cache-Control': 'max-age=60' } },
    ];
    expect(headersForPath(overlapping, '/data/x.json').conflicts).toEqual(['Cache-Control']);
  });
});

describe('toHeadersFile', () => {
  test('writes each pattern under the base with its headers and the reason as a comment', () => {
    const text = toHeadersFile(HEADER_RULES, '/kb/');
    expect(text).toContain('/kb/data/*\n  Access-Control-Allow-Origin: *\n');
    expect(text).toContain('/kb/cases/:case/rss.xml\n  Cache-Control: public, max-age=300\n');
    expect(text).toContain(`# ${HEADER_RULES[0]!.why}`);
    expect(text).not.toMatch(/^\/data\//m);
  });
});

describe('toNginxServer', () => {
  const conf = toNginxServer({ root: '/srv/ct "x"', base: '/kb/', serverName: 'kb.example' });

  test('repeats the site-wide headers in every location, as nginx requires', () => {
    const locations = conf.split('location ').slice(1);
    expect(locations).toHaveLength(HEADER_RULES.length);
    for (const block of locations) expect(block).toContain('add_header X-Content-Type-Options');
  });

  test('matches the patterns under the base, with placeholders as one segment', () => {
    expect(conf).toContain('/kb/cases/[^/]+/rss\\\\.xml');
    expect(conf).toContain('error_page 404 /kb/404.html;');
  });

  test('quotes values so spaces, commas and quotes survive', () => {
    expect(conf).toContain('root "/srv/ct \\"x\\"";');
    expect(conf).toContain(`add_header Cache-Control "${CACHE_CONTROL.IMMUTABLE}" always;`);
  });
});
