// Content is data (issue 13): a site built from allowed-but-nasty content runs none of it, and
// the widget, given a hostile case document by a page of another origin, runs nothing either.
// Self-contained: builds tests/fixtures/feeds-nasty with tests/fixtures/nasty laid over it.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../src/harness/chromium';
import { buildSite, DIST, ROOT } from '../helpers/site';
import { htmlPages, listFiles } from './helpers/dist';
import { nuErrors } from './helpers/nu';
import { listen, serveDist, type Listening } from './helpers/static';

const TREE = join(ROOT, 'tests/.tmp/nasty-tree');
const SHOTS = join(ROOT, 'tests/.tmp/hostile-screens');
const OUT = 'tests/.tmp/nasty-e2e';
const NASTY = join(ROOT, OUT);

/** Lay the nasty overlay over the feeds' nasty tree: one content folder with both. */
function assembleTree(): void {
  rmSync(TREE, { recursive: true, force: true });
  cpSync(join(ROOT, 'tests/fixtures/feeds-nasty'), TREE, { recursive: true });
  for (const folder of ['actors', 'cases', 'events'])
    cpSync(join(ROOT, 'tests/fixtures/nasty', folder), join(TREE, folder), { recursive: true });
}

/** The case's chart data with every URL a script: its pages, the case's, the site's, the files'. */
function hostileChart(): Record<string, unknown> {
  const chart = JSON.parse(
    readFileSync(join(NASTY, 'data/cases/fixture-case.timeline.json'), 'utf8'),
  ) as Record<string, unknown> & { case: { url: string }; count: number };
  const script = (i: number | string) =>
    ['javascript:', 'JAVASCRIPT:', ' java\tscript:'][(Number(i) || 0) % 3] +
    `window.top.__pwned="${i}"`;
  chart.case.url = script('case');
  chart.home = script(1);
  chart.url = [script(2), '/'];
  chart.urls = Object.fromEntries(Array.from({ length: chart.count }, (_, i) => [i, script(i)]));
  chart.details = {
    url: [script(3), '.json'],
    size: 250,
    key: 'x',
    actors: script(4),
    names: [script(5), '.json'],
    ids: script(6),
  };
  return chart;
}

const HOST_PAGE = (
  casetrail: string,
) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>A host page</title><script type="module" src="${casetrail}/embed.js"></script></head><body>
<casetrail-timeline id="hostile" src="/hostile.json"></casetrail-timeline>
<casetrail-timeline id="undrawable" src="/undrawable.json"></casetrail-timeline>
<casetrail-timeline id="malformed" src="/malformed.json"></casetrail-timeline>
<casetrail-timeline id="empty" case="empty-case"></casetrail-timeline>
</body></html>`;

let browser: Browser;
let casetrail: Listening;
let host: Listening;

beforeAll(async () => {
  if (!(process.env.CASETRAIL_REUSE_DIST === '1' && existsSync(join(NASTY, 'embed.js')))) {
    assembleTree();
    await buildSite({ outDir: OUT, env: { CASETRAIL_CONTENT: TREE } });
  }
  casetrail = await serveDist(NASTY);
  const pages: Record<string, [string, string]> = {
    '/host.html': ['text/html; charset=utf-8', HOST_PAGE(casetrail.origin)],
    '/hostile.json': ['application/json', JSON.stringify(hostileChart())],
    // A case document of the data API: the widget reads chart data only.
    '/undrawable.json': [
      'application/json',
      JSON.stringify({ version: 1, case: { id: 'x', title: 'X' }, events: [], actors: [] }),
    ],
    // Chart data with one event whose date has no length.
    '/malformed.json': [
      'application/json',
      JSON.stringify({
        ...hostileChart(),
        length: [0, ...(hostileChart().length as number[]).slice(1)],
      }),
    ],
  };
  host = await listen((req, res) => {
    const page = pages[new URL(req.url ?? '/', 'http://x').pathname];
    res.writeHead(page ? 200 : 404, { 'content-type': page?.[0] ?? 'text/plain' });
    res.end(page?.[1] ?? 'not found');
  });
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await casetrail?.close();
  await host?.close();
});

/** What a page did that content must never make it do: dialogs, errors, console lines. */
interface Watch {
  page: Page;
  dialogs: string[];
  errors: string[];
  warnings: string[];
}

async function watch(): Promise<Watch> {
  const page = await browser.newPage();
  const seen: Watch = { page, dialogs: [], errors: [], warnings: [] };
  page.on('dialog', (dialog) => {
    seen.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => seen.errors.push(error.message));
  page.on('console', (message) => {
    // A missing image or favicon is the link checker's business, not a script running.
    if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
      seen.errors.push(message.text());
    if (message.type() === 'warning') seen.warnings.push(message.text());
  });
  return seen;
}

/** Return every URL-bearing attribute in the page and its open shadow roots that would run script. */
function scriptUrls(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const visit = (root: Document | ShadowRoot) => {
      for (const el of root.querySelectorAll('*')) {
        for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href', 'data']) {
          const value = el.getAttribute(name);
          // A browser drops controls, spaces, tabs and newlines before reading the scheme.
          // eslint-disable-next-line no-control-regex -- as a browser strips them
          const clean = value?.replace(/[\u0000-\u0020]/g, '').toLowerCase() ?? '';
          if (/^(javascript|vbscript|data:text\/html)/.test(clean))
            found.push(`<${el.localName} ${name}="${value}">`);
        }
        if (el.shadowRoot) visit(el.shadowRoot);
      }
    };
    visit(document);
    return found;
  });
}

describe('a site built from allowed-but-nasty content', () => {
  const pages = () => htmlPages(NASTY);

  test('builds every page type, the empty case included', () => {
    expect(pages()).toEqual(
      expect.arrayContaining([
        'index.html',
        'cases/empty-case/index.html',
        'events/allowed-html/index.html',
        'events/nasty-event/index.html',
        'actors/markup-actor/index.html',
      ]),
    );
  });

  test('opens no dialog, throws nothing and has no script URL on any page', async () => {
    const problems: string[] = [];
    for (const path of pages()) {
      const seen = await watch();
      await seen.page.goto(`${casetrail.origin}/${path.replace(/index\.html$/, '')}`, {
        waitUntil: 'load',
      });
      const urls = await scriptUrls(seen.page);
      for (const line of [...seen.dialogs.map((d) => `dialog "${d}"`), ...seen.errors, ...urls])
        problems.push(`${path}: ${line}`);
      await seen.page.close();
    }
    expect(problems).toEqual([]);
  }, 300_000);

  test('is valid HTML to the W3C Nu Html Checker', async () => {
    expect(await nuErrors(pages().map((page) => join(NASTY, page)))).toEqual([]);
  }, 180_000);

  test('has RSS feeds that feedparser reads without complaint (bozo 0), the seed too', async () => {
    const feeds = [
      ...listFiles(NASTY)
        .filter((f) => f.endsWith('rss.xml'))
        .map((f) => join(NASTY, f)),
      join(DIST, 'rss.xml'),
    ];
    // Debian's python3-feedparser; a pyenv python3 earlier on PATH may not have it.
    const python = existsSync('/usr/bin/python3') ? '/usr/bin/python3' : 'python3';
    const script =
      'import sys, feedparser\nfor f in sys.argv[1:]:\n d = feedparser.parse(f)\n print(f, int(bool(d.bozo)), len(d.entries))';
    const { stdout } = await promisify(execFile)(python, ['-c', script, ...feeds]);
    const bozo = stdout
      .trim()
      .split('\n')
      .filter((line) => line.split(' ')[1] !== '0');
    expect(bozo).toEqual([]);
  }, 60_000);
});

describe('the widget on a page of another origin', () => {
  let seen: Watch;

  beforeAll(async () => {
    seen = await watch();
    await seen.page.goto(`${host.origin}/host.html`);
    await seen.page.waitForSelector('#hostile svg[data-live]');
  });

  const pwned = () => seen.page.evaluate(() => (window as { __pwned?: unknown }).__pwned);

  test('links nothing of a hostile document: its URLs are shown as text', async () => {
    expect(await scriptUrls(seen.page)).toEqual([]);
    const links = await seen.page.$eval('#hostile', (el) =>
      [...el.shadowRoot!.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')),
    );
    expect(links).toEqual([]);
  });

  test('runs nothing on click or Enter', async () => {
    const widget = seen.page.locator('#hostile');
    for (const title of await widget.locator('.ct-event-title').all()) await title.click();
    await widget.locator('.ct-embed-title').click();
    await widget.locator('svg[data-live]').focus();
    for (const key of ['Home', 'Enter', 'ArrowRight', 'Enter', 'End', 'Enter']) {
      await seen.page.keyboard.press(key);
    }
    expect(await pwned()).toBeUndefined();
    expect(seen.page.url()).toBe(`${host.origin}/host.html`);
    expect(seen.dialogs).toEqual([]);
  });

  test('draws every event of the hostile chart data, each titled as text', async () => {
    const drawn = await seen.page.$$eval('#hostile', ([el]) =>
      [...el!.shadowRoot!.querySelectorAll('li[data-event-id]')].map((li) =>
        li.getAttribute('data-event-id'),
      ),
    );
    expect(drawn).toHaveLength(hostileChart().count as number);
  });

  test.each(['undrawable', 'malformed'])(
    'says a document that is not chart data (%s) is not a case’s data, and warns with its URL',
    async (id) => {
      await seen.page.waitForFunction(
        (id) =>
          document
            .querySelector(`#${id}`)
            ?.shadowRoot?.querySelector('.ct-embed-message')
            ?.textContent?.includes('Not a Casetrail case'),
        id,
      );
      expect(seen.warnings.some((w) => w.includes(`/${id}.json`))).toBe(true);
    },
  );

  test.each([
    [360, 'light'],
    [1280, 'dark'],
  ] as const)('shows the hostile document readably at %i px, %s', async (width, scheme) => {
    const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
    await page.goto(`${host.origin}/host.html`);
    await page.waitForSelector('#hostile svg[data-live]');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `host-${width}-${scheme}.png`), fullPage: true });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    await page.close();
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('says a case has no events yet, without an error', async () => {
    await seen.page.waitForFunction(() =>
      document
        .querySelector('#empty')
        ?.shadowRoot?.querySelector('.ct-embed-message')
        ?.textContent?.endsWith(': no events yet.'),
    );
    expect(seen.errors).toEqual([]);
  });
});
