import { describe, expect, test } from 'vitest';
import { excerptToParts } from '../../../src/lib/search/excerpt';

describe('excerptToParts', () => {
  test.each([
    ['plain text', 'no match here', [{ text: 'no match here', marked: false }]],
    [
      'marks around matches',
      'an <mark>injunction</mark> request',
      [
        { text: 'an ', marked: false },
        { text: 'injunction', marked: true },
        { text: ' request', marked: false },
      ],
    ],
    [
      'encoded markup, decoded to text and never to tags',
      '&lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>Meta&#39;s</mark>',
      [
        { text: '<script>alert(1)</script> & ', marked: false },
        { text: "Meta's", marked: true },
      ],
    ],
    [
      'numeric entities',
      'EU&#x2019;s &#8220;opt out&#8221;',
      [{ text: 'EU’s “opt out”', marked: false }],
    ],
    ['stray tags, dropped', 'a <b>bold</b> claim', [{ text: 'a bold claim', marked: false }]],
    ['an empty excerpt', '', []],
  ])('splits %s', (_, excerpt, parts) => {
    expect(excerptToParts(excerpt)).toEqual(parts);
  });
});
