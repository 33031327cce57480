import { satteriCreateHighlightFn } from '@astrojs/markdown-satteri';
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { checkedModelFromRaw } from '../../../src/harness/model';
import { readContentTree } from '../../../src/lib/check/read';
import { renderMdxBody, type BodyContext, type Highlighter } from '../../../src/lib/mdx/render';
import { ContentError } from '../../../src/lib/model/problems';
import type { Model } from '../../../src/lib/model/types';
import { sampleModel } from '../../helpers/sample-model';

const shiki = satteriCreateHighlightFn('shiki', { theme: 'github-dark' }) as Promise<Highlighter>;
const highlight: Highlighter = async (...args) => (await shiki)(...args);

const contextFor = (model: Model, file: string, eventId?: string): BodyContext => ({
  file,
  model,
  eventId,
  eventHref: (id) => `/events/${id}/`,
  highlight,
});

/** Return HTML as a browser reads it: parsed and written back, so `<hr/>` and `<hr>` compare equal. */
const parsed = (html: string) => parseHTML(`<body>${html}</body>`).document.body.innerHTML.trim();

// What Astro's MDX pipeline (@astrojs/mdx with src/components/mdx/*.astro) wrote for every body
// of these trees, recorded from its build before bodies were rendered at page time; only its
// scoped-style attributes (data-astro-cid-*) and the spacing inside style="" were left out.
const TREES = ['content', 'tests/fixtures/embed', 'tests/fixtures/mdx-render'];
const bodies = TREES.flatMap((tree) => {
  const files = readContentTree(tree);
  const model = checkedModelFromRaw(files, tree);
  const name = tree.split('/').at(-1);
  return files
    .filter((f) => f.collection !== 'actors')
    .map((f) => ({
      label: `${f.file}`,
      model,
      file: f,
      expected: `tests/fixtures/mdx-render-expected/${name}/${f.collection}-${f.id}.html`,
    }));
});

describe('renderMdxBody', () => {
  test.each(bodies)(
    'writes $label as the MDX pipeline wrote it',
    async ({ model, file, expected }) => {
      const eventId = file.collection === 'events' ? file.id : undefined;
      const html = await renderMdxBody(file.body.trim(), contextFor(model, file.file, eventId));
      expect(parsed(html)).toBe(parsed(readFileSync(expected, 'utf8')));
    },
  );

  const model = sampleModel([
    { id: '2025-05-23-ruling', date: '2025-05-23' },
    { id: '2025-04-announcement', date: '2025-04' },
  ]);
  const render = (body: string, m = model) =>
    renderMdxBody(body, contextFor(m, 'events/x.mdx', '2025-05-23-ruling'));

  test.each([
    [
      'Noted.<Cite id="second" />',
      '<p>Noted.<sup class="cite"><a href="#source-second" aria-label="Source 2: Second source">[2]</a></sup></p>',
    ],
    [
      'After <EventRef id="2025-04-announcement" />.',
      '<p>After <a href="/events/2025-04-announcement/">Event 2025-04-announcement</a> (<time datetime="2025-04">April 2025</time>).</p>',
    ],
    [
      '<Quote source="first">\nSaid *this*.\n</Quote>',
      '<figure class="quote"><blockquote cite="https://example.org/1"><p>Said <em>this</em>.</p></blockquote><figcaption>Source: <a href="#source-first"><cite>First source</cite></a>, Example Press <span class="muted">[1]</span></figcaption></figure>',
    ],
    [
      '<Media src="https://example.org/a.webp" caption="A & B" />',
      '<figure class="media"><a href="https://example.org/a.webp"><img src="https://example.org/a.webp" alt="A &amp; B" loading="lazy" decoding="async"></a><figcaption>A &amp; B</figcaption></figure>',
    ],
    [
      '<Media src="https://www.example.org/page" credit="<b>Me</b>" />',
      '<p class="media media-link"><a href="https://www.example.org/page">example.org</a> <span class="muted">(example.org) · <span class="credit">&lt;b>Me&lt;/b></span></span></p>',
    ],
    ['Say "hi" -- now...', '<p>Say “hi” – now…</p>'],
    ['## A\n\n## A', '<h2 id="a">A</h2>\n<h2 id="a-1">A</h2>'],
    [
      '`<b>` & <abbr title="x&y">X</abbr>',
      '<p><code>&lt;b></code> &amp; <abbr title="x&amp;y">X</abbr></p>',
    ],
  ])('writes %j as %s', async (body, html) => {
    expect(await render(body)).toBe(html);
  });

  test('shows the title and date another event has in this build, not when the body was written', async () => {
    const renamed = sampleModel([
      { id: '2025-05-23-ruling', date: '2025-05-23' },
      { id: '2025-04-announcement', date: '2025-04-02', fields: { title: 'Renamed' } },
    ]);
    const body = '<EventRef id="2025-04-announcement" />';
    expect(await render(body, renamed)).toContain('>Renamed</a> (<time datetime="2025-04-02">');
  });

  test('highlights fenced code as Astro did, with Shiki', async () => {
    const { document } = parseHTML(await render('```js\nconst a = 1;\n```'));
    const pre = document.querySelector('pre.astro-code');
    expect(pre?.getAttribute('data-language')).toBe('js');
    expect(pre?.textContent).toBe('const a = 1;');
  });

  test.each([
    ["import x from 'y'\n", ':3:1: body: found an import statement'],
    ['Hi {process.env.HOME}', ':3:4: body: found the expression {process.env.HOME}'],
    ['<script>alert(1)</script>', ':3:1: body: found the element <script>'],
    ['[x](javascript:alert(1))', ':3:1: body: found a javascript: address in a link'],
    ['<Quote source={x}>a</Quote>', ':3:1: body: found the attribute source on <Quote>'],
  ])('refuses %j, naming the file, line and column', async (body, expected) => {
    const run = renderMdxBody(body, { ...contextFor(model, 'events/x.mdx'), firstLine: 3 });
    await expect(run).rejects.toThrow(ContentError);
    await expect(run).rejects.toThrow(`events/x.mdx${expected}`);
  });

  test.each([
    [
      '<Cite id="third" />',
      '2025-05-23-ruling.mdx: <Cite>: found the source id "third"; expected one of "first", "second"',
    ],
    ['<EventRef id="2025-04-anouncement" />', 'did you mean "2025-04-announcement"?'],
    ['<Media src="/a.png" />', 'events/x.mdx: <Media src>: found "/a.png"'],
  ])('fails on %j with %s', async (body, message) => {
    await expect(render(body)).rejects.toThrow(message);
  });
});
