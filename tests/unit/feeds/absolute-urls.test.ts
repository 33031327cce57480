import { describe, expect, test } from 'vitest';
import {
  absolutiseUrls,
  resolveUrl,
  stripNonXmlCharacters,
} from '../../../src/lib/feeds/absolute-urls';

const PAGE = 'https://casetrail.test/kb/events/a-ruling/';

describe('resolveUrl', () => {
  test.each([
    ['../other/', 'https://casetrail.test/kb/events/other/'],
    ['chart.png', 'https://casetrail.test/kb/events/a-ruling/chart.png'],
    ['/kb/cases/x/', 'https://casetrail.test/kb/cases/x/'],
    ['#sources', 'https://casetrail.test/kb/events/a-ruling/#sources'],
    ['https://example.org/a?b=1&c=2', 'https://example.org/a?b=1&c=2'],
    ['mailto:press@example.org', 'mailto:press@example.org'],
    ['', ''],
  ])('resolves %j to %j', (value, expected) => {
    expect(resolveUrl(value, PAGE)).toBe(expected);
  });
});

describe('absolutiseUrls', () => {
  test.each([
    ['<a href="../other/">x</a>', '<a href="https://casetrail.test/kb/events/other/">x</a>'],
    [
      '<img src="chart.png" alt="">',
      '<img src="https://casetrail.test/kb/events/a-ruling/chart.png" alt="">',
    ],
    [
      '<a href="?q=a&amp;b=c">x</a>',
      '<a href="https://casetrail.test/kb/events/a-ruling/?q=a&amp;b=c">x</a>',
    ],
    [
      '<img srcset="a.png 1x, /kb/b.png 2x">',
      '<img srcset="https://casetrail.test/kb/events/a-ruling/a.png 1x, https://casetrail.test/kb/b.png 2x">',
    ],
    ['<a href="https://example.org/">x</a>', '<a href="https://example.org/">x</a>'],
    ['<p>write href=&quot;x&quot; in text</p>', '<p>write href=&quot;x&quot; in text</p>'],
    [
      '<a data-href="y" href="y">y</a>',
      '<a data-href="y" href="https://casetrail.test/kb/events/a-ruling/y">y</a>',
    ],
  ])('rewrites %s', (html, expected) => {
    expect(absolutiseUrls(html, PAGE)).toBe(expected);
  });
});

describe('stripNonXmlCharacters', () => {
  test.each([
    ['bell\u0007 and null\u0000', 'bell and null'],
    ['tab\tnewline\ncr\r kept', 'tab\tnewline\ncr\r kept'],
    ['emoji 🎉 and RTL مرحبا kept', 'emoji 🎉 and RTL مرحبا kept'],
    ['lone \uD83C surrogate', 'lone  surrogate'],
  ])('turns %j into %j', (input, expected) => {
    expect(stripNonXmlCharacters(input)).toBe(expected);
  });
});
