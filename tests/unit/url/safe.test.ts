import { describe, expect, test } from 'vitest';
import { judgeBodyUrl, normaliseUrl, safeHttpUrl } from '../../../src/lib/url/safe';

describe('normaliseUrl', () => {
  test.each([
    [' javascript:x ', 'javascript:x'],
    ['\u0001java\tscr\nipt:x', 'javascript:x'],
    ['https://e.org/a b', 'https://e.org/a b'],
  ])('reads %j as a browser does: %j', (url, expected) => {
    expect(normaliseUrl(url)).toBe(expected);
  });
});

describe('judgeBodyUrl', () => {
  test.each([
    ['https://e.org/x', 'link', true],
    ['HTTP://e.org', 'link', true],
    ['mailto:a@e.org', 'link', true],
    ['/events/x/', 'link', true],
    ['#sources', 'link', true],
    ['/og/x.png', 'image', true],
    ['#x', 'image', false],
    ['mailto:a@e.org', 'image', false],
    ['javascript:alert(1)', 'link', false],
    ['  JAVASCRIPT:alert(1)', 'link', false],
    ['java\tscript:alert(1)', 'link', false],
    ['data:text/html,x', 'link', false],
    ['//e.org/x', 'link', false],
    ['/\\e.org/x', 'link', false],
    ['other/page', 'link', true],
    ['../other/', 'link', true],
    ['chart.png', 'image', true],
    ['\\\\e.org/x', 'link', false],
    ['', 'link', false],
    ['https://', 'link', false],
  ] as const)('judges %j in a %s: allowed %s', (url, kind, ok) => {
    expect(judgeBodyUrl(url, kind).ok).toBe(ok);
  });
});

describe('safeHttpUrl', () => {
  test.each([
    ['https://e.org/a', 'https://e.org/a'],
    ['HTTP://E.ORG', 'http://e.org/'],
    [' https://e.org/a b', 'https://e.org/a%20b'],
    ['javascript:alert(1)', undefined],
    ['JaVaScRiPt:alert(1)', undefined],
    ['java\nscript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['/relative/path', undefined],
    ['mailto:a@e.org', undefined],
    [null, undefined],
    [42, undefined],
    [{ href: 'https://e.org' }, undefined],
  ])('returns %j as %j', (value, expected) => {
    expect(safeHttpUrl(value)).toBe(expected);
  });
});
