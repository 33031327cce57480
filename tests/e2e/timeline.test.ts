// The timeline in real Chromium: the seed case page the shared e2e setup serves, and the proof
// fixtures of tests/fixtures/timeline/charts.ts drawn through embed.js on a host page this file
// serves. Every chart is read at 360 and 1280 px, light and dark, and photographed for the
// gallery (tests/e2e/gallery/README.md).
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../src/harness/chromium';
import { CHART_FIXTURES, toChartData } from '../fixtures/timeline/charts';
import { SEED_ORDER } from '../helpers/seed';
import { DIST, ROOT } from '../helpers/site';
import { measureChart, openFirstCluster, selectLinkedEvent } from './helpers/chart';
import { writeSmallPng } from './helpers/shrink';

const CASE = '/cases/meta-ai-training-eu/';
const GALLERY = join(ROOT, 'tests/e2e/gallery');
const WIDTHS = [360, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
const CHART = 'svg[data-live]';

let browser: Browser;
let origin: string;
let host: { server: Server; origin: string };

/** Serve embed.js from dist/ and, per fixture, its chart data and a host page holding the widget. */
function serveFixtures(): Promise<{ server: Server; origin: string }> {
  const embed = readFileSync(join(DIST, 'embed.js'));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const json = /^\/data\/([a-z-]+)\.timeline\.json$/.exec(path);
    const page = /^\/([a-z-]+)\.html$/.exec(path);
    if (path === '/embed.js') {
      res.writeHead(200, { 'content-type': 'text/javascript' }).end(embed);
    } else if (json && CHART_FIXTURES[json[1]!]) {
      const f = CHART_FIXTURES[json[1]!]!;
      res
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify(toChartData(json[1]!, f.title, f.events(), f.actors)));
    } else if (page && CHART_FIXTURES[page[1]!]) {
      const lanes = CHART_FIXTURES[page[1]!]!.lanes ?? 'case';
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${page[1]}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><script type="module" src="/embed.js"></script><style>body{margin:8px}</style></head><body>
<casetrail-timeline src="/data/${page[1]}.timeline.json" lanes="${lanes}"></casetrail-timeline>
<div style="height:3000px"></div></body></html>`,
      );
    } else res.writeHead(404).end();
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({
        server,
        origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
      });
    }),
  );
}

beforeAll(async () => {
  // The shared e2e setup has built dist/ and serves it; its URL ends with the base path.
  origin = inject('baseURL').replace(/\/$/, '');
  browser = await launchChromium();
  host = await serveFixtures();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => host?.server.close(done));
});

interface Opened {
  page: Page;
  errors: string[];
}

async function openUrl(
  url: string,
  width = 1280,
  scheme: 'light' | 'dark' = 'light',
): Promise<Opened> {
  const page = await browser.newPage({ viewport: { width, height: 800 }, colorScheme: scheme });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url);
  await page.locator(CHART).first().waitFor();
  return { page, errors };
}

const TARGETS: [name: string, url: () => string][] = [
  ['seed', () => origin + CASE],
  ...Object.keys(CHART_FIXTURES).map((name): [string, () => string] => [
    name,
    () => `${host.origin}/${name}.html`,
  ]),
];

/** Return the live chart's visible domain in days, from the attribute it reports. */
async function spanDays(page: Page): Promise<number> {
  const [from, to] = ((await page.locator(CHART).getAttribute('data-domain')) ?? '/').split('/');
  return (Date.parse(to!) - Date.parse(from!)) / 86_400_000;
}

/** Every width with every colour scheme. */
const COMBOS = WIDTHS.flatMap((w) => SCHEMES.map((s) => [w, s] as const));

describe.each(TARGETS)('the %s chart', (name, url) => {
  test.each(COMBOS)(
    'reads at %i px (%s): full labels, 12 px text, 24 px targets, 3:1 marks, a legend of exactly what is drawn',
    async (width, scheme) => {
      const { page, errors } = await openUrl(url(), width, scheme);
      const report = await measureChart(page);
      expect(report.overlaps).toEqual([]);
      expect(report.smallText).toEqual([]);
      expect(report.unlabelled).toEqual([]);
      expect(report.smallTargets).toEqual([]);
      expect(report.singles).toEqual([]);
      expect(report.lowContrast).toEqual([]);
      // Both ways: every entry stands for something drawn, everything drawn has its entry.
      expect(report.legend).toEqual(report.needed);
      expect(report.marks + report.clusters).toBeGreaterThan(0);
      const chart = page.locator('.ct-timeline').first();
      // The dark pictures are for looking at (screenshots/ is not kept); the gallery shows light.
      if (scheme === 'dark')
        await chart.screenshot({
          path: join(ROOT, 'screenshots', `timeline-${name}-${width}-dark.png`),
          scale: 'css',
        });
      if (scheme === 'light') {
        // The chart alone (toolbar, drawing, legend), at one device pixel per CSS pixel.
        await writeSmallPng(
          join(GALLERY, `${name}-${width}.png`),
          await chart.screenshot({ scale: 'css' }),
        );
        if (name === 'seed' && width === 1280) {
          // The README's picture: the case page from its title down, chart and list.
          const top = await page.locator('h1').evaluate((h) => h.getBoundingClientRect().top);
          await writeSmallPng(
            join(ROOT, 'tests/e2e/readme-case-page.png'),
            await page.screenshot({
              clip: { x: 0, y: Math.max(0, top - 24), width: 1280, height: 1000 },
              fullPage: true,
            }),
          );
        }
      }
      if (report.clusters > 0) {
        const opened = await openFirstCluster(page);
        expect(opened!.listed).toHaveLength(opened!.count);
      }
      // "Link between events (of the selected one)": selecting such an event draws its links.
      if (report.legend.includes('link')) expect(await selectLinkedEvent(page)).toBeGreaterThan(0);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  test.each(COMBOS)(
    'at %i px (%s) a plain wheel over the chart scrolls the page and shows the zoom hint; Ctrl + wheel zooms',
    async (width, scheme) => {
      const { page } = await openUrl(url(), width, scheme);
      const before = await spanDays(page);
      const box = (await page.locator(CHART).boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.wheel(0, 80);
      await page.waitForFunction(() => window.scrollY > 0);
      expect(await spanDays(page)).toBeCloseTo(before, 3);
      expect(await page.locator('.ct-wheel-hint[data-on]').count()).toBe(1);
      const after = (await page.locator(CHART).boundingBox())!;
      await page.mouse.move(after.x + after.width / 2, after.y + after.height / 2);
      await page.keyboard.down('Control');
      await page.mouse.wheel(0, -300);
      await page.keyboard.up('Control');
      await page.waitForFunction(
        ([sel, span]) => {
          const host = document.querySelector('casetrail-timeline');
          const root: ParentNode = host?.shadowRoot ?? document;
          const [f, t] = (root.querySelector(sel)?.getAttribute('data-domain') ?? '/').split('/');
          return (Date.parse(t!) - Date.parse(f!)) / 86_400_000 < span * 0.9;
        },
        [CHART, before] as const,
      );
      await page.close();
    },
  );

  test.each(COMBOS)(
    'at %i px (%s) "+" zooms around the selected event and keeps it in view',
    async (width, scheme) => {
      const { page } = await openUrl(url(), width, scheme);
      const mark = page.locator(`${CHART} .ct-mark`).last();
      const id = await mark.getAttribute('data-event');
      await mark.click();
      for (let i = 0; i < 3; i++) {
        await page.locator('[data-ct-action="zoom-in"]').click();
        await page.waitForTimeout(400);
      }
      const chart = (await page.locator(CHART).boundingBox())!;
      const selected = page.locator(`${CHART} .ct-mark[data-event="${id}"][aria-current="true"]`);
      const box = await selected.boundingBox();
      expect(box, `${id} is still drawn`).not.toBeNull();
      const cx = box!.x + box!.width / 2;
      expect(cx).toBeGreaterThanOrEqual(chart.x);
      expect(cx).toBeLessThanOrEqual(chart.x + chart.width);
      await page.close();
    },
  );
});

describe('the case page timeline', () => {
  test('comes right after the title and summary', async () => {
    const { page } = await openUrl(origin + CASE, 360);
    const order = await page.evaluate(() => {
      const lede = document.querySelector('.lede')!;
      const chart = document.querySelector('.ct-timeline')!;
      const overview = document.querySelector('#overview-heading')!;
      const before = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & 4);
      return before(lede, chart) && before(chart, overview);
    });
    expect(order).toBe(true);
    await page.close();
  });

  test('draws the seed case honestly: a month as "somewhere in", two open-ended, one passed unreported', async () => {
    const { page, errors } = await openUrl(origin + CASE);
    const marks = await page.$$eval(`${CHART} .ct-mark`, (els) =>
      els.map((m) => ({
        id: m.getAttribute('data-event'),
        span: m.getAttribute('data-span'),
        open: m.getAttribute('data-open'),
        status: m.getAttribute('data-status'),
        overdue: m.hasAttribute('data-overdue'),
      })),
    );
    expect(marks.find((s) => s.id === SEED_ORDER[0])).toMatchObject({ span: 'somewhere' });
    expect(
      marks
        .filter((s) => s.open === 'before')
        .map((s) => s.id)
        .sort(),
    ).toEqual([SEED_ORDER[1], SEED_ORDER[3]].sort());
    expect(marks.find((s) => s.id === SEED_ORDER[5])).toMatchObject({
      status: 'scheduled',
      overdue: true,
    });
    const fill = await page.$eval(
      `${CHART} .ct-mark[data-event="${SEED_ORDER[5]}"] .ct-shape`,
      (el) => getComputedStyle(el).fill,
    );
    const bg = await page.$eval('.ct-canvas', (el) => getComputedStyle(el).backgroundColor);
    expect(fill).toBe(bg);
    const titles = await page.$$eval(`${CHART} .ct-label text`, (els) =>
      els.map((t) => [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' ')),
    );
    const listed = await page.$$eval('.event-list h3 a', (els) =>
      els.map((a) => a.textContent?.trim()),
    );
    expect(titles.sort()).toEqual(listed.sort());
    expect(await page.locator('.event-list').textContent()).toContain(
      'Scheduled for 27 May 2025; not reported',
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Tab enters the timeline once and arrow keys walk the events, replacing the history entry', async () => {
    const { page, errors } = await openUrl(origin + CASE);
    expect(await page.locator(`${CHART} [tabindex="0"]`).count()).toBe(1);
    const historyBefore = await page.evaluate(() => history.length);
    await page.focus(`${CHART} [tabindex="0"]`);
    await page.keyboard.press('Home');
    const seen: string[] = [];
    for (let i = 0; i < SEED_ORDER.length; i++) {
      seen.push(await page.evaluate(() => location.hash.replace('#event=', '')));
      expect(await page.locator('.ct-live').textContent()).toContain(
        `Event ${i + 1} of ${SEED_ORDER.length}`,
      );
      await page.keyboard.press('ArrowRight');
    }
    expect(seen).toEqual(SEED_ORDER);
    expect(await page.evaluate(() => history.length)).toBe(historyBefore);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('tapping a label selects its event', async () => {
    const { page } = await openUrl(origin + CASE, 360);
    await page.locator(`${CHART} .ct-label[data-event="${SEED_ORDER[2]}"]`).click();
    expect(
      await page.locator(`${CHART} .ct-mark[aria-current="true"]`).getAttribute('data-event'),
    ).toBe(SEED_ORDER[2]);
    await page.close();
  });

  test.each(COMBOS)(
    '#event= at %i px (%s) brings the chart into view and selects the event',
    async (width, scheme) => {
      const { page, errors } = await openUrl(
        `${origin}${CASE}#event=${SEED_ORDER[2]}`,
        width,
        scheme,
      );
      await page.waitForFunction(() => document.querySelector('.ct-live')?.textContent !== '');
      await page.waitForTimeout(600);
      const box = (await page.locator(CHART).boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(-1);
      expect(box.y).toBeLessThan(800);
      expect(
        await page.locator(`${CHART} [aria-current="true"]`).first().getAttribute('data-event'),
      ).toBe(SEED_ORDER[2]);
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  test('with nothing in view, the edges say how many events lie beyond and lead there', async () => {
    const { page } = await openUrl(origin + CASE);
    // Zoom with Ctrl + wheel into 8 May 2025, a stretch of the seed case where nothing happened.
    const [from, to] = ((await page.locator(CHART).getAttribute('data-domain')) ?? '/').split('/');
    const share =
      (Date.UTC(2025, 4, 8) - Date.parse(from!)) / (Date.parse(to!) - Date.parse(from!));
    const box = (await page.locator(CHART).boundingBox())!;
    await page.mouse.move(box.x + box.width * share, box.y + box.height / 2);
    await page.keyboard.down('Control');
    for (let i = 0; i < 8; i++) await page.mouse.wheel(0, -500);
    await page.keyboard.up('Control');
    const later = page.locator(`${CHART} .ct-edge[data-edge="after"]`);
    await later.waitFor();
    expect(await later.textContent()).toMatch(/^\d+ later →$/);
    await later.click();
    await page.waitForFunction(
      () => document.querySelectorAll('svg[data-live] .ct-mark').length > 0,
    );
    await page.close();
  });

  test('nothing moves when the script takes over', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(origin + CASE);
    const staticBox = await page.locator('.ct-canvas').boundingBox();
    await page.close();
    const { page: live } = await openUrl(origin + CASE);
    expect(await live.locator('.ct-canvas').boundingBox()).toEqual(staticBox);
    await live.close();
  });
});
