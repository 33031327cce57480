import { describe, expect, test } from 'vitest';
import { sanitizeFeedHtml } from '../../../src/lib/feeds/sanitize';

describe('sanitizeFeedHtml', () => {
  test.each([
    ['a script', '<p>a<script>alert(1)</script></p>', '<p>a</p>'],
    ['an event handler', '<p onclick="alert(1)">a</p>', '<p>a</p>'],
    ['a javascript: link', '<a href="javascript:alert(1)">a</a>', '<a>a</a>'],
    [
      'an upper-case, entity-encoded javascript: link',
      '<a href="JAV&#x41;SCRIPT:alert(1)">a</a>',
      '<a>a</a>',
    ],
    ['an iframe', '<iframe src="https://e.org"></iframe><p>b</p>', '<p>b</p>'],
    [
      'an image with onerror',
      '<img src="https://e.org/a.png" onerror="alert(1)" />',
      '<img src="https://e.org/a.png" />',
    ],
    ['a data: image', '<img src="data:image/svg+xml,x" />', '<img />'],
    ['a style attribute', '<span style="color:red">a</span>', '<span>a</span>'],
  ])('removes %s', (_, html, expected) => {
    expect(sanitizeFeedHtml(html)).toBe(expected);
  });

  test.each([
    ['a link with its scheme', '<p><a href="https://e.org/a?b=1&amp;c=2">a</a></p>'],
    ['a mailto link', '<a href="mailto:x@e.org">x</a>'],
    [
      'a quotation with its source',
      '<figure class="quote"><blockquote cite="https://e.org/s"><p>Said.</p></blockquote><figcaption>Source: <a href="https://e.org/#source-s"><cite>S</cite></a></figcaption></figure>',
    ],
    [
      'the allowed inline HTML',
      '<p><abbr title="General Data Protection Regulation">GDPR</abbr> <time datetime="2025-05-23">23 May</time> <sup>1</sup></p>',
    ],
    ['a source list with anchors', '<ol class="sources"><li id="source-a">A</li></ol>'],
  ])('keeps %s', (_, html) => {
    expect(sanitizeFeedHtml(html)).toBe(html);
  });
});
