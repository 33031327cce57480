// A big case in real Chromium (tests/helpers/big-case.ts: 400 synthetic events over 25 years):
// without JavaScript every event is a few links away; with it the chart mounts from the fetched
// data, `#event=` for an event of an earlier year lists that year, and the pages validate.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../../src/harness/chromium';
import { serve, type StaticServer } from '../../src/harness/serve';
import { ROOT } from '../helpers/site';
import { BIG_CASE, BIG_CASE_EVENTS, buildBigCase } from '../helpers/big-case';
import { nuErrors } from './helpers/nu';
import { formatViolations, runAxe } from './helpers/axe';

const CASE = `/cases/${BIG_CASE}/`;
const SHOTS = join(ROOT, 'screenshots');
let dist: string;
let server: StaticServer;
let browser: Browser;
let ids: string[];
let apiEvents: { id: string; summary: string; actors: { id: string }[] }[];

beforeAll(async () => {
  dist = await buildBigCase('big-case-e2e');
  server = await serve({ '/': dist });
  browser = await launchChromium();
  apiEvents = (
    JSON.parse(readFileSync(join(dist, `data/cases/${BIG_CASE}.json`), 'utf8')) as {
      events: typeof apiEvents;
    }
  ).events;
  ids = apiEvents.map((e) => e.id);
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('without JavaScript', () => {
  test('a reader reaches every event of the case by following links', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const reached = new Set<string>();
    const visited = new Set<string>();
    const queue = [CASE];
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (visited.has(path)) continue;
      visited.add(path);
      await page.goto(`${server.origin}${path}`);
      const links = await page.$$eval('a[href]', (as) =>
        as.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
      );
      for (const link of links) {
        const event = /^\/events\/([^/]+)\/$/.exec(link)?.[1];
        if (event) reached.add(event);
        else if (link.startsWith(CASE) && /\/\d{4}\/$/.test(link)) queue.push(link);
      }
    }
    await context.close();
    expect(ids).toHaveLength(BIG_CASE_EVENTS);
    expect(ids.filter((id) => !reached.has(id))).toEqual([]);
  }, 120_000);
});

describe('with JavaScript', () => {
  test('the chart mounts from the fetched data and draws from every year', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.origin}${CASE}`);
    await page.waitForSelector('.ct-timeline[data-live] svg[data-live] .ct-mark, .ct-cluster');
    expect(fetched).toContain(`/data/cases/${BIG_CASE}.timeline.json`);
    expect(await page.locator('.ct-overview').count()).toBe(0);
    const marks = await page.locator('svg[data-live] .ct-mark, svg[data-live] .ct-cluster').count();
    expect(marks).toBeGreaterThan(5);
    // The DOM grows with the width on screen, not the number of events.
    expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeLessThan(3000);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('#event= for an event of an early year selects it and lists its year', async () => {
    const target = ids[20]!;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}${CASE}#event=${target}`);
    // Selected: the live region reads it out (it may sit in a counted group at this zoom).
    await page.waitForFunction(
      (text) => document.querySelector('.ct-live')?.textContent?.includes(text),
      `Event 21 of ${BIG_CASE_EVENTS}.`,
    );
    await page.waitForSelector(`ol.event-list > li[data-event-id="${target}"]`);
    const current = await page.locator('.year-index a[aria-current]').getAttribute('data-year');
    expect(await page.locator('[data-year-label]').textContent()).toBe(`Events in ${current}`);
    await page.close();
  });

  test("a selected event's card gets its summary, which the chart's data leaves out", async () => {
    const target = apiEvents[20]!;
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}${CASE}#event=${target.id}`);
    const card = page.locator(`.ct-card[data-card-event="${target.id}"]`);
    await card.waitFor();
    await page.waitForFunction(
      ([id, summary]) =>
        document
          .querySelector(`.ct-card[data-card-event="${id}"]`)
          ?.textContent?.includes(summary!),
      [target.id, target.summary.slice(0, 40)],
    );
    await page.close();
  });

  test('"Find in this case" narrows to an actor, whose events the chart data keeps apart', async () => {
    const actor = apiEvents[0]!.actors[0]!.id;
    const count = apiEvents.filter((e) => e.actors.some((a) => a.id === actor)).length;
    expect(count).toBeLessThan(BIG_CASE_EVENTS);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}${CASE}?actor=${actor}`);
    await page.waitForFunction(
      (said) =>
        document.querySelector('[data-timeline-search-status]')?.textContent?.startsWith(said),
      `${count} of ${BIG_CASE_EVENTS} events (actor: `,
    );
    await page.close();
  });

  test('a year link lists that year in place', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.origin}${CASE}`);
    const link = page.locator('.year-index a').first();
    const year = await link.getAttribute('data-year');
    await link.click();
    await page.waitForFunction(
      (y) => document.querySelector('[data-year-label]')?.textContent === `Events in ${y}`,
      year,
    );
    expect(await page.locator('[data-latest-link]').isHidden()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(CASE);
    const first = await page.locator('ol.event-list > li').first().getAttribute('data-event-id');
    expect(first).toBe(ids[0]);
    await page.close();
  });

  test.each([360, 1280])('the page reads at %i px, light and dark', async (width) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(`${server.origin}${CASE}`);
      await page.waitForSelector('.ct-timeline[data-live]');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: join(SHOTS, `big-case-${width}-${colorScheme}.png`) });
      // The list as it reads further down, after a year's link loaded that year.
      await page.locator('.year-index a').nth(3).click();
      await page.waitForSelector('.year-index a[aria-current]');
      await page.locator('#events-heading').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(SHOTS, `big-case-list-${width}-${colorScheme}.png`) });
      await page.close();
      const still = await browser.newContext({
        javaScriptEnabled: false,
        colorScheme,
        viewport: { width, height: 900 },
      });
      const plain = await still.newPage();
      await plain.goto(`${server.origin}${CASE}`);
      await plain.screenshot({
        path: join(SHOTS, `big-case-nojs-${width}-${colorScheme}.png`),
        fullPage: true,
      });
      await still.close();
    }
  });
});

describe('the big case pages', () => {
  const pages = () => [
    join(dist, 'cases', BIG_CASE, 'index.html'),
    join(dist, 'cases', BIG_CASE, '2010', 'index.html'),
  ];

  test('are valid HTML to html-validate and the W3C Nu checker', async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    for (const file of pages()) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${file}: ${m.message}`),
      );
      expect(messages).toEqual([]);
    }
    expect(await nuErrors(pages())).toEqual([]);
  }, 120_000);

  test.each([
    ['the case page, without its script', CASE, false],
    ['the case page, live', CASE, true],
    ['a year page', `${CASE}2010/`, false],
  ])('%s has no WCAG 2.2 AA violations', async (_, path, js) => {
    const context = await browser.newContext({ javaScriptEnabled: js });
    const page = await context.newPage();
    await page.goto(`${server.origin}${path}`);
    if (js) await page.waitForSelector('.ct-timeline[data-live]');
    // axe needs its own script even where the page's are off.
    if (!js) {
      await context.close();
      const plain = await browser.newContext();
      const again = await plain.newPage();
      await again.route('**/*.js', (route) =>
        route.request().url().includes('/_astro/') ? route.abort() : route.continue(),
      );
      await again.goto(`${server.origin}${path}`);
      expect(formatViolations(await runAxe(again))).toEqual([]);
      await plain.close();
      return;
    }
    expect(formatViolations(await runAxe(page))).toEqual([]);
    await context.close();
  });
});
