import { describe, expect, test } from 'vitest';
import { checkMdxBody } from '../../../src/lib/mdx/body';
import { formatProblem } from '../../../src/lib/model/problems';

const lines = (body: string, firstLine = 1) =>
  checkMdxBody('x.mdx', body, firstLine).problems.map(formatProblem);

describe('checkMdxBody', () => {
  test.each([
    [
      'Markdown with emphasis, lists and a table',
      '*a* **b** ~~c~~\n\n- one\n\n| a | b |\n| - | - |\n| 1 | 2 |',
    ],
    [
      'links to https, http, mailto, a site path and a fragment',
      '[a](https://e.org) [b](HTTP://e.org) [c](mailto:x@e.org) [d](/events/x/) [e](#sources)',
    ],
    [
      'an image from https and from the site',
      '![a](https://e.org/a.png) ![b](/og/a.png) ![c](chart.png)',
    ],
    ['a relative link', '[a](../other/)'],
    [
      '<a> and <img> with safe addresses',
      '<a href="https://e.org" title="t">a</a> <img src="/og/a.png" alt="A" width="10" />',
    ],
    ['a reference-style link to https', '[a][r]\n\n[r]: https://e.org'],
    [
      'an MDX comment, as the scaffold writes one',
      '{/* Write what happened. Cite with <Cite id="x" />. */}',
    ],
    [
      'the author components with quoted ids',
      '<Quote source="s">Said.</Quote> <Cite id="s" /> <EventRef id="e" />',
    ],
    [
      'harmless HTML with its attributes',
      '<abbr title="General Data Protection Regulation">GDPR</abbr> <sub>2</sub> <time datetime="2025-05-23">then</time> <span lang="de" dir="ltr">Köln</span>',
    ],
    [
      'a <Media> with its credit and caption',
      '<Media src="https://e.org/a.jpg" credit="Photo: E" caption="A court" />',
    ],
    ['escaped braces and angle brackets', 'Curly \\{braces\\} and a \\< sign'],
  ])('allows %s', (_, body) => {
    expect(lines(body)).toEqual([]);
  });

  test.each([
    ['an import', "import x from 'y'", 'x.mdx:1:1: body: found an import statement'],
    ['an export', 'export const a = 1', 'x.mdx:1:1: body: found an export statement'],
    [
      'an expression in text',
      'Home: {process.env.HOME}',
      'x.mdx:1:7: body: found the expression {process.env.HOME}',
    ],
    ['a comment followed by code', '{/* a */ alert(1)}', 'found the expression'],
    [
      'an element outside the allowlist',
      '<video src="https://e.org/v" />',
      'found the element <video>',
    ],
    [
      'an event handler',
      '<sup onMouseOver="alert(1)">1</sup>',
      'found the attribute onMouseOver on <sup>',
    ],
    ['a spread attribute', '<Cite id="a" {...x} />', 'found a {…} attribute on <Cite>'],
    ['an expression as attribute value', '<Cite id={x} />', 'with a {…} value'],
    [
      'an unknown attribute on a component',
      '<EventRef id="e" href="https://e.org" />',
      'found the attribute href on <EventRef>; expected only id',
    ],
    [
      'javascript: in any case',
      '[a](JaVaScRiPt:alert(1))',
      'found a javascript: address in a link',
    ],
    [
      'an entity-encoded javascript:',
      '[a](jav&#x61;script:alert(1))',
      'found a javascript: address in a link (javascript:alert(1))',
    ],
    [
      'javascript: with a tab the browser would drop',
      '[a](<java\tscript:alert(1)>)',
      'found a javascript: address',
    ],
    [
      'a reference-style javascript: link',
      '[a][r]\n\n[r]: javascript:alert(1)',
      'x.mdx:3:1: body: found a javascript: address in a link definition',
    ],
    ['a vbscript: link', '[a](vbscript:x)', 'found a vbscript: address'],
    ['a data: image', '![a](data:image/svg+xml,x)', 'found a data: address in an image'],
    ['a mailto: image', '![a](mailto:x@e.org)', 'found a mailto: address in an image'],
    [
      'a javascript: href on <a>',
      '<a href="javascript:alert(1)">a</a>',
      'found a javascript: address in href on <a>',
    ],
    [
      'a protocol-relative image',
      '![a](//e.org/a.png)',
      'found an address without a scheme (//…) in an image',
    ],
    [
      'a <Quote> inside a paragraph',
      'He said <Quote source="s">no</Quote> today.',
      'found <Quote> inside a paragraph; expected <Quote> on lines of its own',
    ],
    [
      'a <Media> with a javascript: src',
      '<Media src="javascript:alert(1)" />',
      'found a javascript: address in src on <Media>',
    ],
    ['a <Media> without src', '<Media caption="A court" />', 'found <Media> without src'],
    ['MDX that does not parse', 'a <!-- b --> c', 'x.mdx:1:3: body: found MDX that does not parse'],
  ])('refuses %s', (_, body, expected) => {
    const found = lines(body);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });

  test('counts lines from the line the body starts on', () => {
    expect(lines('Text.\n\n{1 + 1}', 12)[0]).toMatch(
      /^x\.mdx:14:1: body: found the expression \{1 \+ 1\}/,
    );
  });

  test('returns each reference with its component, id, line and column', () => {
    const body =
      'Text <Cite id="a" />.\n\n<Quote source=\'b\'>\n"Said."\n</Quote>\nSee <EventRef id="2025-05-23-x"/>';
    expect(checkMdxBody('x.mdx', body, 10).refs).toEqual([
      { component: 'Cite', id: 'a', line: 10, column: 6 },
      { component: 'Quote', id: 'b', line: 12, column: 1 },
      { component: 'EventRef', id: '2025-05-23-x', line: 15, column: 5 },
    ]);
  });
});
