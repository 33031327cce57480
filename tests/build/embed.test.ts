import { build } from 'esbuild';
import { readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import budgets from '../../bench/budgets.json' with { type: 'json' };
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { SITE as SITE_CONFIG } from '../../src/lib/site-config';
import { hostHeaders } from '../helpers/headers';
import { loadPage, texts } from '../helpers/html';
import { DIST, readDist } from '../helpers/site';

const CASE = 'meta-ai-training-eu';
const SITE = 'https://casetrail.example';
/** The widget's budget: embed.js with everything it loads, gzipped (bench/budgets.json, one home). */
const BUDGET_BYTES = budgets.budgets.find((b) => b.id === 'embed-js')?.max ?? 0;

describe('/embed.js', () => {
  const code = readDist('embed.js');

  test('is one ES module that imports nothing else', async () => {
    const imports: string[] = [];
    await build({
      stdin: { contents: code, loader: 'js', sourcefile: 'embed.js' },
      bundle: true,
      write: false,
      format: 'esm',
      logLevel: 'silent',
      plugins: [
        {
          name: 'record',
          setup: (b) =>
            b.onResolve(
              { filter: /.*/ },
              (args) => (imports.push(args.path), { path: args.path, external: true }),
            ),
        },
      ],
    });
    expect(imports).toEqual([]);
    expect(code).toMatch(/import\.meta\.url/);
    expect(code).toMatch(/export\s*\{/);
  });

  test(`stays under ${BUDGET_BYTES} bytes gzipped`, () => {
    const gzipped = gzipSync(code).length;
    console.info(`embed.js: ${code.length} bytes, ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThan(BUDGET_BYTES);
  });

  test('knows no site address: it finds its data from its own URL', () => {
    expect(code).not.toContain(SITE);
    expect(code).not.toContain('127.0.0.1');
  });
});

describe('the iframe page', () => {
  const doc = loadPage(`embed/${CASE}/index.html`);
  const html = readDist(`embed/${CASE}/index.html`);

  test('has no site chrome and is kept out of the search index and search engines', () => {
    expect(
      doc.querySelector('.site-header, .site-footer, nav, .skip-link, [data-pagefind-body]'),
    ).toBeNull();
    expect(html).not.toContain('data-pagefind-body');
    expect(doc.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `${SITE}/cases/${CASE}/`,
    );
    const sitemaps = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
    for (const file of sitemaps) expect(readDist(file)).not.toContain('/embed/');
  });

  test('shows the timeline, the list and an attribution, and opens links in the top window', () => {
    expect(doc.querySelector('.ct-timeline[data-ct-manual] svg[data-variant]')).not.toBeNull();
    expect(doc.querySelectorAll('ol.event-list > li[data-event-id]').length).toBe(6);
    expect(doc.querySelector('base')?.getAttribute('target')).toBe('_top');
    expect(texts(doc, '.embed-attribution')[0]).toBe(
      `Timeline from ${SITE_CONFIG.name}: every event with its sources.`,
    );
    expect(doc.querySelector('.embed-attribution a')?.getAttribute('href')).toBe(`/cases/${CASE}/`);
  });
});

describe('dist/_headers, as Netlify reads it', () => {
  const headersOf = hostHeaders(DIST);
  test.each(['/embed.js', `/data/cases/${CASE}.json`, '/data/index.json', '/schema/case-v1.json'])(
    'lets any origin read %s',
    async (path) => {
      expect((await headersOf(path))['Access-Control-Allow-Origin']).toBe('*');
    },
  );
  test('keeps pages to their own origin', async () => {
    expect(await headersOf(`/cases/${CASE}/`)).not.toHaveProperty('Access-Control-Allow-Origin');
  });
});

describe('oEmbed', () => {
  const oembed = JSON.parse(readDist(`oembed/${CASE}.json`)) as Record<string, unknown>;

  test('is a valid rich oEmbed 1.0 response', () => {
    expect(oembed).toMatchObject({
      version: '1.0',
      type: 'rich',
      provider_name: 'Casetrail',
      provider_url: `${SITE}/`,
    });
    expect(oembed.title).toBe("Meta's use of EU users' public posts for AI training");
    for (const size of [oembed.width, oembed.height])
      expect(Number.isInteger(size) && (size as number) > 0).toBe(true);
  });

  test('gives the iframe snippet as its html, and nothing else', () => {
    const { document } = parseHTML(
      `<!doctype html><html><body>${oembed.html as string}</body></html>`,
    );
    expect(document.querySelectorAll('body *').length).toBe(1);
    const iframe = document.querySelector('iframe')!;
    expect(iframe.getAttribute('src')).toBe(`${SITE}/embed/${CASE}/`);
    expect(iframe.getAttribute('title')).toContain('Meta');
    expect(iframe.getAttribute('height')).toBe(String(oembed.height));
  });

  test('is announced on the case page', () => {
    const link = loadPage(`cases/${CASE}/index.html`).querySelector(
      'link[rel="alternate"][type="application/json+oembed"]',
    );
    expect(link?.getAttribute('href')).toBe(`${SITE}/oembed/${CASE}.json`);
  });
});

describe('the embed box on the case page', () => {
  const doc = loadPage(`cases/${CASE}/index.html`);

  test('shows both snippets as text, readable without JavaScript', () => {
    const element = doc.getElementById('embed-snippet-element')?.textContent ?? '';
    expect(element).toBe(
      `<script type="module" src="${SITE}/embed.js"></script>\n<casetrail-timeline case="${CASE}"></casetrail-timeline>`,
    );
    const iframe = parseHTML(
      `<body>${doc.getElementById('embed-snippet-iframe')?.textContent ?? ''}</body>`,
    ).document.querySelector('iframe');
    expect(iframe?.getAttribute('src')).toBe(`${SITE}/embed/${CASE}/`);
    expect(doc.getElementById('embed-snippet-frame')?.textContent).toContain(
      `<casetrail-frame case="${CASE}">`,
    );
  });

  test('hides the copy buttons until the script can copy, and previews only on request', () => {
    const buttons = [...doc.querySelectorAll('button[data-copy]')];
    expect(buttons.length).toBe(3);
    for (const button of buttons) expect(button.hasAttribute('hidden')).toBe(true);
    const preview = doc.querySelector('details.embed-preview');
    expect(preview?.hasAttribute('open')).toBe(false);
    expect(preview?.querySelector(`casetrail-timeline[case="${CASE}"]`)).not.toBeNull();
    expect(doc.querySelector('script[src$="embed.js"]')).toBeNull();
  });
});
