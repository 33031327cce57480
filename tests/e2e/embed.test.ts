// The embed in real Chromium, from a page of another origin. Self-contained: it builds the site
// from a fixture with two cases, serves dist/ on one port of 127.0.0.1 (with the CORS headers of
// its _headers file, as Netlify or Cloudflare Pages would send them) and a host page on another.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../src/harness/chromium';
import { serve, type StaticServer } from '../../src/harness/serve';
import { syntheticCaseDocument } from '../../src/harness/synthetic-case';
import { syntheticCompactCase } from '../../src/harness/synthetic-compact';
import { eventTime } from '../../src/lib/timeline/prepare';
import { hostHeaders } from '../helpers/headers';
import { DIST as SITE_DIST, ROOT, buildSite } from '../helpers/site';

const OUT = 'tests/.tmp/embed-e2e';
const DIST = join(ROOT, OUT);
const SHOTS = join(ROOT, 'tests/.tmp/embed-screens');
const ALPHA = ['alpha-complaint', 'alpha-hearing', 'alpha-ruling', 'alpha-appeal-deadline'];
const BETA = ['beta-announcement', 'beta-letter', 'beta-decision'];
const BIG = syntheticCaseDocument(10_000);
// The same events as the build publishes a case's chart data: what the widget reads first.
const BIG_COMPACT = syntheticCompactCase(10_000, '/big/events/');
const HOSTILE_CSS = '* { color: red !important; font-size: 40px } body { font-family: serif }';

/** The host pages: widgets and a frame under hostile CSS, the same without it, and a foreign sender. */
function hostPages(casetrail: string): Record<string, string> {
  const widgets = (css: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A newsroom article</title>
<style>${css}</style>
<script>window.namesBefore = Object.getOwnPropertyNames(window);</script>
<script type="module" src="${casetrail}/embed.js"></script>
<script type="module" src="${casetrail}/embed.js?loaded-twice"></script>
</head><body>
<p id="host-text">The article's own text.</p>
<casetrail-timeline id="alpha" case="alpha-case" lanes="actor"></casetrail-timeline>
<casetrail-timeline id="beta" case="beta-case" theme="dark"></casetrail-timeline>
<casetrail-frame id="frame" case="alpha-case" title="Alpha timeline"><a href="${casetrail}/cases/alpha-case/">The Alpha case on Casetrail</a></casetrail-frame>
<casetrail-timeline id="missing" case="no-such-case"></casetrail-timeline>
<div style="height: 6000px"></div>
<casetrail-timeline id="lazy" src="${casetrail}/data/cases/beta-case.json?lazy"></casetrail-timeline>
</body></html>`;
  const bigPage = (src: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>A big case</title>
<script type="module" src="${casetrail}/embed.js"></script></head><body>
<casetrail-timeline id="big" src="${src}"></casetrail-timeline></body></html>`;
  return {
    '/host.html': widgets(HOSTILE_CSS),
    '/plain.html': widgets(''),
    '/sender.html': `<!doctype html><title>sender</title><script>parent.postMessage({ type: 'casetrail:resize', height: 4321 }, '*')</script>`,
    // A case of 10,000 events, and the seed case as the site built it (global setup builds dist/).
    '/big.timeline.json': JSON.stringify(BIG_COMPACT.timeline),
    '/big/actors.json': JSON.stringify(BIG_COMPACT.actors),
    ...Object.fromEntries(
      BIG_COMPACT.chunks.map((chunk, n) => [`/big/events/${n}.json`, JSON.stringify(chunk)]),
    ),
    ...Object.fromEntries(
      BIG_COMPACT.names.map((chunk, n) => [`/big/names/${n}.json`, JSON.stringify(chunk)]),
    ),
    '/big/ids.json': JSON.stringify(BIG_COMPACT.ids),
    '/big.html': bigPage('/big.timeline.json'),
    // A snippet of an earlier version named the case document of the data API.
    '/data/cases/big.timeline.json': JSON.stringify(BIG_COMPACT.timeline),
    '/big-api.html': bigPage('/data/cases/big.json'),
    '/shots.html': `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Widgets</title>
<script type="module" src="${casetrail}/embed.js"></script></head><body style="margin:8px">
<casetrail-timeline id="seed" src="/data/cases/meta-ai-training-eu.timeline.json"></casetrail-timeline>
<casetrail-timeline id="seed-api" src="/data/cases/meta-ai-training-eu.json"></casetrail-timeline>
<casetrail-timeline id="big" src="/big.timeline.json"></casetrail-timeline></body></html>`,
  };
}

/** The fixture's pictures: a synthetic 320×180 drawing, wider than tall as photos are. */
const MEDIA_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="320" height="180" viewBox="0 0 320 180"><rect width="320" height="180" fill="#c9d6e3"/><path d="M60 150V80h200v70zM40 80l120-50 120 50z" fill="#5b6b7c"/></svg>`;

let browser: Browser;
let casetrail: StaticServer;
let host: StaticServer;

beforeAll(async () => {
  if (!(process.env.CASETRAIL_REUSE_DIST === '1' && existsSync(join(DIST, 'embed.js')))) {
    await buildSite({ outDir: OUT, env: { CASETRAIL_CONTENT: 'tests/fixtures/embed' } });
  }
  // dist/ with the headers its _headers file gives each path, as Netlify or Cloudflare Pages send them.
  casetrail = await serve({ '/': DIST }, {}, { headers: hostHeaders(DIST) });
  // The seed case's chart data as the default build wrote it, details chunks and all.
  host = await serve({ '/data/': join(SITE_DIST, 'data') }, hostPages(casetrail.origin));
  browser = await launchChromium();
  mkdirSync(SHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await casetrail?.close();
  await host?.close();
});

async function open(
  path: string,
  width: number,
): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    // The unknown case's 404 is expected; the widget reports it as a warning, not an error.
    if (message.type() === 'error' && !/404/.test(message.text())) errors.push(message.text());
  });
  page.on('request', (request) => requests.push(request.url()));
  // The fixture's pictures live at media.test: answer for it with a synthetic drawing.
  await page.route('https://media.test/**', (route) =>
    route.fulfill({ contentType: 'image/svg+xml', body: MEDIA_SVG }),
  );
  await page.goto(host.origin + path);
  for (const id of ['alpha', 'beta']) await page.waitForSelector(`#${id} svg[data-live]`);
  return { page, errors, requests };
}

const listed = (page: Page, id: string) =>
  page.$$eval(`#${id} li[data-event-id]`, (items) =>
    items.map((li) => li.getAttribute('data-event-id')),
  );
const marks = (page: Page, id: string) =>
  page.$$eval(`#${id} svg[data-live] .ct-mark`, (items) =>
    items.map((g) => g.getAttribute('data-event')).sort(),
  );
const frameHeight = (page: Page) =>
  page.$eval(
    '#frame',
    (el) => el.shadowRoot!.querySelector('iframe')!.getBoundingClientRect().height,
  );

describe.each([360, 1280])('a host page of another origin at %i px', (width) => {
  let page: Page;
  let errors: string[];
  let requests: string[];

  beforeAll(async () => {
    ({ page, errors, requests } = await open('/host.html', width));
  });
  afterAll(async () => page?.close());

  test('shows each case with its own events, in date order, in list and chart', async () => {
    expect(await listed(page, 'alpha')).toEqual(ALPHA);
    expect(await listed(page, 'beta')).toEqual(BETA);
    expect(await marks(page, 'alpha')).toEqual([...ALPHA].sort());
    expect(await marks(page, 'beta')).toEqual([...BETA].sort());
    expect(await page.textContent('#alpha .ct-embed-title')).toBe('Alpha fixture case');
    // lanes="actor" on one widget only: its lanes carry actor names, the other's do not.
    expect(
      await page.$$eval('#alpha .ct-lane-title', (t) => t.map((x) => x.textContent)),
    ).toContain('Alpha Test Court');
    expect(
      await page.$$eval('#beta .ct-lane-title', (t) => t.map((x) => x.textContent).filter(Boolean)),
    ).toEqual([]);
    expect(errors).toEqual([]);
  });

  test('words a passed scheduled date as the site does: not reported as of a day', async () => {
    const note = await page.textContent(
      '#alpha li[data-event-id="alpha-appeal-deadline"] .status-note',
    );
    expect(note).toMatch(
      /^Scheduled for 30 June 2025; not reported as having happened as of \d{1,2} \w+ \d{4}$/,
    );
  });

  test('links back to the case page for attribution, opening in the top window', async () => {
    const link = page.locator('#alpha .ct-attribution a');
    // The data API's absolute URL: the configured site (CASETRAIL_SITE), the default in this build.
    expect(await link.getAttribute('href')).toBe('https://casetrail.example/cases/alpha-case/');
    expect(await link.getAttribute('target')).toBe('_top');
    // Named as the site configures itself (the case document's site_name), not as the software.
    const data = JSON.parse(readFileSync(join(DIST, 'data/cases/alpha-case.json'), 'utf8')) as {
      site_name: string;
    };
    expect(await page.textContent('#alpha .ct-attribution')).toBe(
      `Timeline from ${data.site_name}: every event with its sources.`,
    );
  });

  test('shows an event’s picture or page on its card, with caption and credit', async () => {
    const card = (id: string) => `#${id} li[data-event-id] .card-media`;
    await page.locator('#alpha li[data-event-id="alpha-ruling"] img').scrollIntoViewIfNeeded();
    const picture = await page.$eval(
      '#alpha li[data-event-id="alpha-ruling"] .card-media',
      (fig) => {
        const img = fig.querySelector('img')!;
        return {
          tag: fig.tagName,
          src: img.getAttribute('src'),
          alt: img.alt,
          loading: img.loading,
          height: img.getBoundingClientRect().height,
          loaded: img.complete && img.naturalWidth > 0,
          credit: fig.querySelector('figcaption')?.textContent,
        };
      },
    );
    expect(picture).toEqual({
      tag: 'FIGURE',
      src: 'https://media.test/alpha-court.svg',
      alt: "The Alpha Test Court's front",
      loading: 'lazy',
      // 6rem of the widget's own 16px, whatever the host's CSS says.
      height: 96,
      loaded: true,
      credit: 'Drawing: Fixture Studio',
    });
    // Only the events with media carry it; a link for a page, its caption as text.
    expect(await page.$$eval(card('alpha'), (m) => m.length)).toBe(1);
    expect(
      await page.$eval('#beta li[data-event-id="beta-letter"] .card-media', (p) => ({
        href: p.querySelector('a')?.getAttribute('href'),
        text: p.textContent,
        elements: p.querySelectorAll('b').length,
      })),
    ).toEqual({
      href: 'https://media.test/beta-letter',
      text: 'The <b>letter</b> as published · Fixture Press',
      elements: 0,
    });
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  test('is not changed by the host page’s CSS', async () => {
    const style = (selector: string) =>
      page.$eval(selector, (el) => {
        const s = getComputedStyle(el);
        return { color: s.color, fontSize: s.fontSize, fontFamily: s.fontFamily };
      });
    const title = await style('#alpha .ct-event-title a');
    expect(title.color).toBe('rgb(11, 87, 176)');
    expect(title.fontSize).toBe('17.6px');
    expect(await style('#alpha .event-card p:last-child')).toMatchObject({
      color: 'rgb(27, 27, 31)',
      fontSize: '16px',
    });
    expect((await style('#alpha .ct-toolbar button')).fontSize).toBe('14.4px');
    expect((await style('#beta .event-card p:last-child')).color).toBe('rgb(236, 236, 239)');
    expect(title.fontFamily).not.toMatch(/^serif$/);
    const plain = await open('/plain.html', width);
    const size = (p: Page) =>
      p.$eval('#alpha', (el) => Math.round(el.getBoundingClientRect().height));
    expect(await size(page)).toBe(await size(plain.page));
    await plain.page.close();
  });

  test('leaves the host page’s styles and globals alone', async () => {
    const text = await page.$eval('#host-text', (el) => ({
      color: getComputedStyle(el).color,
      fontSize: getComputedStyle(el).fontSize,
    }));
    expect(text).toEqual({ color: 'rgb(255, 0, 0)', fontSize: '40px' });
    const leaks = await page.evaluate(() => ({
      sheets: document.styleSheets.length,
      adopted: document.adoptedStyleSheets.length,
      globals: Object.getOwnPropertyNames(window).filter(
        (n) =>
          !(window as unknown as { namesBefore: string[] }).namesBefore.includes(n) &&
          n !== 'namesBefore',
      ),
      defined: [
        typeof customElements.get('casetrail-timeline'),
        typeof customElements.get('casetrail-frame'),
      ],
    }));
    expect(leaks).toEqual({
      sheets: 1,
      adopted: 0,
      globals: [],
      defined: ['function', 'function'],
    });
  });

  test('sizes the iframe to its content, without a scrollbar', async () => {
    // The iframe loads lazily, as the snippet asks: bring it near first.
    await page.locator('#frame').scrollIntoViewIfNeeded();
    await page.waitForFunction(() => {
      const iframe = document.querySelector('#frame')!.shadowRoot!.querySelector('iframe')!;
      return iframe.getBoundingClientRect().height !== 480;
    });
    const frame = page
      .frames()
      .find((f) => f.url().startsWith(`${casetrail.origin}/embed/alpha-case/`))!;
    await frame.waitForSelector('svg[data-live]');
    await page.waitForTimeout(300);
    const inner = await frame.evaluate(() => ({
      scroll: document.documentElement.scrollHeight,
      client: document.documentElement.clientHeight,
    }));
    expect(inner.scroll).toBeLessThanOrEqual(inner.client);
    expect(Math.abs((await frameHeight(page)) - inner.scroll)).toBeLessThanOrEqual(1);
    expect(await frame.$$eval('li[data-event-id]', (items) => items.length)).toBe(ALPHA.length);
  });

  test('ignores resize messages from any other origin or window', async () => {
    const before = await frameHeight(page);
    await page.evaluate(() => window.postMessage({ type: 'casetrail:resize', height: 4321 }, '*'));
    await page.evaluate(
      (src) =>
        new Promise<void>((done) => {
          const iframe = document.createElement('iframe');
          iframe.src = src;
          iframe.onload = () => done();
          document.body.append(iframe);
        }),
      `${host.origin}/sender.html`,
    );
    await page.waitForTimeout(300);
    expect(await frameHeight(page)).toBe(before);
  });

  test('walks the events with the keyboard inside the widget', async () => {
    await page.locator('#alpha button[data-ct-action="fit"]').focus();
    await page.keyboard.press('Tab');
    const focused = () =>
      page.$eval(
        '#alpha',
        (el) =>
          el.shadowRoot!.activeElement?.getAttribute('data-event') ??
          el.shadowRoot!.activeElement?.className,
      );
    expect(await focused()).toBe(ALPHA[0]);
    await page.keyboard.press('ArrowRight');
    expect(await focused()).toBe(ALPHA[1]);
    await page.keyboard.press('End');
    expect(await focused()).toBe(ALPHA[3]);
    expect(await page.textContent('#alpha .ct-live')).toContain('Alpha appeal deadline');
    // The other widget did not move.
    expect(await page.$eval('#beta', (el) => el.shadowRoot!.activeElement)).toBeNull();
  });

  test('says plainly when a case does not exist', async () => {
    await page.waitForSelector('#missing .ct-embed-message:has-text("no case")');
    expect(await page.textContent('#missing .ct-embed-message')).toBe(
      'Casetrail has no case “no-such-case”.',
    );
  });

  test('loads a far-away widget’s data only when it is scrolled near', async () => {
    expect(requests.filter((url) => url.includes('?lazy'))).toEqual([]);
    await page.locator('#lazy').scrollIntoViewIfNeeded();
    await page.waitForSelector('#lazy svg[data-live]');
    expect(requests.filter((url) => url.includes('?lazy'))).toHaveLength(1);
    expect(await listed(page, 'lazy')).toEqual(BETA);
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  test('looks right (screenshot for review)', async () => {
    await page.screenshot({ path: join(SHOTS, `host-${width}.png`), fullPage: false });
    const plain = await open('/plain.html', width);
    await plain.page.locator('#frame').scrollIntoViewIfNeeded();
    const frame = () => plain.page.frames().find((f) => f.url().includes('/embed/alpha-case/'));
    await expect.poll(() => Boolean(frame())).toBe(true);
    await frame()!.waitForSelector('svg[data-live]');
    await plain.page.waitForTimeout(300);
    await plain.page.evaluate(() => document.querySelector('#frame')!.scrollIntoView());
    await plain.page.waitForTimeout(300);
    await plain.page.screenshot({ path: join(SHOTS, `frame-${width}.png`) });
    await plain.page.evaluate(() => window.scrollTo(0, 0));
    await plain.page.screenshot({
      path: join(SHOTS, `plain-${width}.png`),
      clip: { x: 0, y: 0, width, height: width < 500 ? 4200 : 2600 },
      fullPage: true,
    });
    await plain.page.close();
  });
});

describe('the iframe page', () => {
  test('applies valid options and never echoes invalid ones', async () => {
    const page = await browser.newPage({ viewport: { width: 800, height: 900 } });
    const hostile = encodeURIComponent('<img src=x onerror=alert(1)>');
    await page.goto(
      `${casetrail.origin}/embed/alpha-case/?theme=dark&lanes=actor&event=alpha-ruling&from=2025-02&height=${hostile}&to=${hostile}`,
    );
    await page.waitForSelector('svg[data-live]');
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await page.$$eval('.ct-lane-title', (t) => t.map((x) => x.textContent))).toContain(
      'Alpha Test Court',
    );
    expect(
      await page.$$eval('li[data-event-id]:not([hidden])', (items) =>
        items.map((li) => li.getAttribute('data-event-id')),
      ),
    ).toEqual(ALPHA.slice(1));
    expect(await page.getAttribute('.ct-mark[aria-current="true"]', 'data-event')).toBe(
      'alpha-ruling',
    );
    expect(await page.content()).not.toContain('onerror');
    // The only picture is the fixture's own <Media>; nothing from the query string.
    expect(await page.$$eval('img', (imgs) => imgs.map((i) => i.getAttribute('src')))).toEqual([
      'https://media.test/alpha-court.svg',
    ]);
    await page.close();
  });
});

describe('a case of 10,000 events', () => {
  let page: Page;
  const nodes = () => page.$eval('#big', (el) => el.shadowRoot!.querySelectorAll('*').length);
  const listedIds = () => listed(page, 'big');
  const status = () => page.textContent('#big .ct-list-status');
  // The events the chart shows: those whose known time meets its domain.
  const inDomain = async (ids: (string | null)[]) => {
    const [d0, d1] = (await page.getAttribute('#big svg[data-live]', 'data-domain'))!
      .split('/')
      .map(Date.parse) as [number, number];
    const byId = new Map(BIG.events.map((e) => [e.id, e]));
    return ids.every((id) => {
      const e = byId.get(id ?? '')!;
      const t = eventTime({ ...e, start: e.date.earliest, end: e.date.latest, ...e.date });
      return t.a1 > d0 && t.a0 < d1;
    });
  };

  const requests: string[] = [];
  const summaries = () =>
    page.$$eval('#big li[data-event-id] .event-card > p:not([class])', (ps) =>
      ps.map((p) => p.textContent),
    );
  const summaryOf = (id: string | null) => BIG.events.find((e) => e.id === id)!.summary;

  beforeAll(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${host.origin}/big.html`);
    await page.waitForSelector('#big svg[data-live]');
  });
  afterAll(async () => page?.close());

  test('reads the chart data and only the details of the events it lists', async () => {
    await expect.poll(summaries).toEqual(BIG.events.slice(0, 25).map((e) => e.summary));
    // The chart's data names the events its overview labels; the list's come with its details.
    expect(requests.filter((r) => /^\/big[./](?!html)/.test(r)).sort()).toEqual([
      '/big.timeline.json',
      '/big/events/0.json',
      '/big/names/0.json',
    ]);
  });

  test('lists a page of the events in view, says which, and stays under 3,000 DOM nodes', async () => {
    expect(await listedIds()).toEqual(BIG.events.slice(0, 25).map((e) => e.id));
    expect(await status()).toBe('Events 1–25 of 10,000.');
    expect(await nodes()).toBeLessThan(3000);
  });

  test('follows the chart while zooming in and out across the whole range, under 3,000 nodes', async () => {
    let most = 0;
    const box = (await page.locator('#big svg[data-live]').boundingBox())!;
    // Ctrl + wheel zooms around the pointer: zoom in on the event drawn nearest a point, step
    // by step down to a few days, and out again, at the start, middle and end of the range.
    const wheel = async (x: number, deltaY: number) => {
      await page.mouse.move(x, box.y + box.height / 2);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, deltaY);
      await page.keyboard.up('Control');
      await page.waitForTimeout(40);
      most = Math.max(most, await nodes());
    };
    for (const at of [0.05, 0.5, 0.95]) {
      const x = await page.$eval(
        '#big',
        (el, target) => {
          const centres = [...el.shadowRoot!.querySelectorAll('svg[data-live] .ct-mark')].map(
            (m) => m.getBoundingClientRect().x + m.getBoundingClientRect().width / 2,
          );
          return centres.reduce((a, b) => (Math.abs(b - target) < Math.abs(a - target) ? b : a));
        },
        box.x + box.width * at,
      );
      for (let i = 0; i < 10; i++) await wheel(x, -100);
      // Once the zoom pauses, the list shows events of that part of the chart, and says so.
      await page.waitForTimeout(800);
      const ids = await listedIds();
      expect(ids.length).toBeGreaterThan(0);
      expect(await inDomain(ids)).toBe(true);
      // Each listed event's card gets its summary from the chunk its part of the case is in.
      await expect.poll(summaries).toEqual(ids.map(summaryOf));
      expect(await status()).toMatch(
        /^(Events [\d,]+–[\d,]+ of the [\d,]+|The [\d,]+ events?) in the chart’s view \(10,000 in all\)\.$/,
      );
      for (let i = 0; i < 10; i++) await wheel(x, 100);
      await page.click('#big button[data-ct-action="fit"]');
      await page.waitForTimeout(400);
      most = Math.max(most, await nodes());
    }
    expect(most).toBeLessThan(3000);
    await expect.poll(listedIds).toEqual(BIG.events.slice(0, 25).map((e) => e.id));
  });

  test('reaches the listed events with the keyboard, and the next page with a button', async () => {
    const active = () =>
      page.$eval('#big', (el) => {
        const a = el.shadowRoot!.activeElement;
        return {
          event: a?.closest('li')?.getAttribute('data-event-id') ?? null,
          text: a?.textContent ?? null,
        };
      });
    await page.click('#big button[data-ct-action="fit"]');
    await expect.poll(listedIds).toEqual(BIG.events.slice(0, 25).map((e) => e.id));
    await page.locator('#big button[data-ct-action="fit"]').focus();
    let reached = await active();
    for (let i = 0; i < 12 && reached.event === null; i++) {
      await page.keyboard.press('Tab');
      reached = await active();
    }
    expect(reached).toEqual({ event: BIG.events[0]!.id, text: BIG.events[0]!.title });
    await page.locator('#big .ct-list-more[data-side="later"]').focus();
    expect((await active()).text).toBe('Show 25 later events');
    await page.keyboard.press('Enter');
    expect(await active()).toEqual({ event: BIG.events[25]!.id, text: BIG.events[25]!.title });
    expect(await status()).toBe('Events 26–50 of 10,000.');
    expect(await page.textContent('#big .ct-list-more[data-side="earlier"]')).toBe(
      'Show 25 earlier events',
    );
    expect(await page.getAttribute('#big li[data-event-id]', 'aria-posinset')).toBe('26');
  });

  test('zoomed in, labels the events in view with their titles from the part of the case they are in', async () => {
    const labels = () =>
      page.$$eval('#big svg[data-live] .ct-label', (gs) =>
        gs.map((g) => [g.getAttribute('data-event') ?? '', g.querySelector('text')!.textContent]),
      );
    const titleOf = new Map(BIG.events.map((e) => [e.id, e.title.replace(/\s+/g, '')]));
    // Every label is its event's whole title (wrapped lines joined), named by the event's id.
    const rightly = (ls: string[][]) =>
      ls.length > 0 && ls.every(([id, text]) => titleOf.get(id!) === text!.replace(/\s+/g, ''));
    await page.click('#big button[data-ct-action="fit"]');
    expect(rightly(await labels())).toBe(true);
    const before = requests.length;
    for (let i = 0; i < 6; i++) await page.click('#big button[data-ct-action="zoom-in"]');
    await expect.poll(async () => rightly(await labels())).toBe(true);
    // The labels of the middle of the case came from its names chunks, one file per 250 events.
    const names = requests.slice(before).filter((r) => r.startsWith('/big/names/'));
    expect(names.length).toBeGreaterThan(0);
    // Far from every chunk of the case (40): those of the views the zoom rested on.
    expect(names.length).toBeLessThan(20);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('the card of an event of a case of 10,000 events', () => {
  test('shows its summary once the part of the case it is in has come', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${host.origin}/big.html`);
    await page.waitForSelector('#big svg[data-live]');
    await page.locator('#big button[data-ct-action="fit"]').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    const last = BIG.events.at(-1)!;
    await expect.poll(() => page.textContent('#big .ct-card')).toContain(last.summary);
    expect(await page.textContent('#big .ct-card')).toContain(last.title);
    expect(requests).toContain(`/big/events/${Math.floor((BIG.events.length - 1) / 250)}.json`);
    await page.close();
  });
});

describe('a case of 10,000 events named by its case document (a snippet of an earlier version)', () => {
  test('reads the chart data beside it: draws the chart and lists the first page with summaries', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${host.origin}/big-api.html`);
    await page.waitForSelector('#big svg[data-live]');
    expect(await listed(page, 'big')).toEqual(BIG.events.slice(0, 25).map((e) => e.id));
    expect(await page.textContent('#big li[data-event-id] .event-card > p:not([class])')).toBe(
      BIG.events[0]!.summary,
    );
    expect(requests).toContain('/data/cases/big.timeline.json');
    expect(requests).not.toContain('/data/cases/big.json');
    await page.close();
  });
});

describe('the seed case from its chart data', () => {
  test('reads the same named by its case document: list, lanes, links and status lines', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${host.origin}/shots.html`);
    for (const id of ['seed', 'seed-api']) await page.waitForSelector(`#${id} svg[data-live]`);
    const read = (id: string) =>
      page.$eval(`#${id}`, (el) => {
        const root = el.shadowRoot!;
        return {
          text: (root.querySelector('.ct-embed') as HTMLElement).innerText,
          links: [...root.querySelectorAll('a')].map((a) => a.href),
          lanes: [...root.querySelectorAll('.ct-lane-title')].map((t) => t.textContent),
        };
      });
    await expect.poll(() => read('seed')).toEqual(await read('seed-api'));
    expect(requests).not.toContain('/data/cases/meta-ai-training-eu.json');
    expect((await read('seed')).text).toContain('not reported as having happened as of');
    await page.close();
  });
});

describe.each([360, 1280])('widgets of the seed case and a big case at %i px', (width) => {
  test.each(['light', 'dark'] as const)(
    'look right in %s (screenshots for review)',
    async (scheme) => {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(`${host.origin}/shots.html`);
      for (const id of ['seed', 'big']) await page.waitForSelector(`#${id} svg[data-live]`);
      await page.waitForTimeout(400);
      for (const id of ['seed', 'big'])
        await page
          .locator(`#${id}`)
          .screenshot({ path: join(SHOTS, `${id}-${width}-${scheme}.png`) });
      expect(await page.$$eval('#seed li[data-event-id]', (items) => items.length)).toBe(6);
      await page.close();
    },
  );
});
