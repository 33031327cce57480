import { describe, expect, test } from 'vitest';
import { escapeInline, escapeLineStart, safeLinkUrl } from '../../../src/lib/import/escape';
import { htmlToMdx, htmlToText } from '../../../src/lib/import/html-to-mdx';
import { summaryFromText } from '../../../src/lib/import/slides';

describe('htmlToMdx', () => {
  test.each([
    ['<p>Plain text.</p>', 'Plain text.'],
    ['<p>One</p><p>Two</p>', 'One\n\nTwo'],
    ['Line<br>break', 'Line\\\nbreak'],
    [
      '<b>bold</b>, <strong>strong</strong>, <i>it</i>, <em>em</em>',
      '**bold**, **strong**, *it*, *em*',
    ],
    ['<a href="https://example.org/a(b)">link</a>', '[link](https://example.org/a%28b%29)'],
    ['Curly {braces} and <code>{code}</code>', 'Curly \\{braces\\} and `{code}`'],
    ['a &lt;b&gt; &amp; c', 'a \\<b\\> & c'],
    ['&amp;copy; stays literal', '\\&copy; stays literal'],
    [
      '*stars* _under_ [brackets] `tick` a|b ~x~',
      '\\*stars\\* \\_under\\_ \\[brackets\\] \\`tick\\` a\\|b \\~x\\~',
    ],
    [
      '<p># not a heading</p><p>- not a list</p><p>1. not a list</p><p>= not setext</p>',
      '\\# not a heading\n\n\\- not a list\n\n1\\. not a list\n\n\\= not setext',
    ],
    [
      '<p>import x from "y"</p><p>export const a = 1</p>',
      '&#105;mport x from "y"\n\n&#101;xport const a = 1',
    ],
    ['<ul><li>One</li><li>Two<ul><li>Nested</li></ul></li></ul>', '- One\n- Two\n  - Nested'],
    ['<ol><li>First</li><li>Second</li></ol>', '1. First\n2. Second'],
    ['<blockquote><p>Said.</p></blockquote>', '> Said.'],
    ['<h2>Heading</h2><p>Text</p>', '### Heading\n\nText'],
    ['<pre>{raw}\n&lt;tag&gt;</pre>', '```\n{raw}\n<tag>\n```'],
  ])('converts %j', (html, mdx) => {
    expect(htmlToMdx(html)).toEqual({ mdx, notes: [] });
  });

  test.each([
    ['<script>alert(1)</script>Text', 'Text', 'dropped a <script> element and its content'],
    [
      '<iframe src="https://x.org"></iframe>Text',
      'Text',
      'dropped a <iframe> element and its content',
    ],
    ['<img src="a.png">Text', 'Text', 'dropped an image (a.png); add it as a source if it is one'],
    [
      '<a href="javascript:alert(1)">bad</a>',
      'bad',
      'kept the text of a link to "javascript:alert(1)" but not the link (only http, https and mailto links are kept)',
    ],
    [
      '<table><tr><td>a</td><td>b</td></tr></table>',
      'a · b',
      'flattened a table into paragraphs, one per row',
    ],
  ])('drops what is unsafe in %j and says so', (html, mdx, note) => {
    expect(htmlToMdx(html)).toEqual({ mdx, notes: [note] });
  });
});

describe('htmlToText', () => {
  test.each([
    ['<b>Full day</b> with <i>HTML</i>', 'Full day with HTML'],
    ['<p>A</p><p>B</p><script>x</script>', 'A B'],
    ['a &amp; b', 'a & b'],
    [
      '<p>She describes the algorithm.</p><span>This note is the first.</span>',
      'She describes the algorithm. This note is the first.',
    ],
    ['<h3>Title</h3>Text<blockquote>Quoted</blockquote>after', 'Title Text Quoted after'],
    ['Line<br>break', 'Line break'],
  ])('reads %j as "%s"', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('summaryFromText', () => {
  const long = (start: string) =>
    `${start} ${'More words follow here for the length of it. '.repeat(8)}`.trim();

  test.each([
    [
      long('She earns a Ph.D in mathematics from an example university.'),
      /^She earns a Ph\.D in mathematics from an example university\. More words/,
    ],
    [
      long('Dr. Example and Mr. Sample sign the letter in c. 1900.'),
      /^Dr\. Example and Mr\. Sample sign the letter in c\. 1900\. More/,
    ],
    [long('The U.S.-based firm files.'), /^The U\.S\.-based firm files\. More/],
  ])('keeps whole sentences of %j', (text, start) => {
    const summary = summaryFromText(text);
    expect(summary).toMatch(start);
    expect(summary.length).toBeLessThanOrEqual(300);
    expect(summary).toMatch(/\.$/);
  });

  test('keeps a short text whole', () => {
    expect(summaryFromText('A Ph.D in law.')).toBe('A Ph.D in law.');
  });
});

describe('escapeInline, escapeLineStart and safeLinkUrl', () => {
  test('escape text without touching letters', () => {
    expect(escapeInline('Meta v. NRW')).toBe('Meta v. NRW');
    expect(escapeLineStart('+ plus')).toBe('\\+ plus');
  });

  test.each([
    ['https://example.org/x', 'https://example.org/x'],
    ['mailto:a@example.org', 'mailto:a@example.org'],
    ['javascript:alert(1)', undefined],
    ['/relative', undefined],
    ['https://example.org/a b', 'https://example.org/a%20b'],
  ])('keeps %s as %s', (href, url) => {
    expect(safeLinkUrl(href)).toBe(url);
  });
});
