// The timeline in real Chromium against the built site the shared e2e setup serves.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../src/harness/chromium';
import { SEED_ORDER } from '../helpers/seed';

const CASE = '/cases/meta-ai-training-eu/';

let browser: Browser;
let origin: string;

beforeAll(async () => {
  // The shared e2e setup has built dist/ and serves it; its URL ends with the base path.
  origin = inject('baseURL').replace(/\/$/, '');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width = 1280): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const missing: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) missing.push(response.url());
  });
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    if (message.text().startsWith('Failed to load resource') && missing.length === 0) return;
    errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(origin + path);
  await page.waitForSelector('.ct-timeline[data-live] svg[data-live]');
  return { page, errors };
}

/** Return the number of days the live timeline shows, from the domain it reports. */
async function visibleSpanDays(page: Page): Promise<number> {
  const domain = await page.$eval(
    '.ct-timeline svg[data-live]',
    (svg) => svg.getAttribute('data-domain') ?? '',
  );
  const [from, to] = domain.split('/').map((iso) => Date.parse(iso));
  return ((to ?? NaN) - (from ?? NaN)) / 86_400_000;
}

describe('the case page timeline', () => {
  test('draws the seed case honestly: a month band, two open-ended events, a hollow scheduled one', async () => {
    const { page, errors } = await open(CASE);
    const shapes = await page.$$eval('.ct-timeline svg[data-live] .ct-mark', (marks) =>
      marks.map((m) => ({
        id: m.getAttribute('data-event'),
        shape: m.getAttribute('data-shape'),
        open: m.getAttribute('data-open'),
        status: m.getAttribute('data-status'),
      })),
    );
    expect(shapes.find((s) => s.id === SEED_ORDER[0])).toMatchObject({ shape: 'band' });
    expect(
      shapes
        .filter((s) => s.open === 'before')
        .map((s) => s.id)
        .sort(),
    ).toEqual([SEED_ORDER[1], SEED_ORDER[3]].sort());
    expect(shapes.find((s) => s.id === SEED_ORDER[5])).toMatchObject({ status: 'scheduled' });
    const fill = await page.$eval(
      `.ct-timeline svg[data-live] .ct-mark[data-event="${SEED_ORDER[5]}"] .ct-shape`,
      (el) => getComputedStyle(el).fill,
    );
    const bg = await page.$eval('.ct-canvas', (el) => getComputedStyle(el).backgroundColor);
    expect(fill).toBe(bg);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('wheel zoom changes the visible span', async () => {
    const { page, errors } = await open(CASE);
    const before = await visibleSpanDays(page);
    const svg = page.locator('.ct-timeline svg[data-live]');
    await svg.scrollIntoViewIfNeeded();
    const box = (await svg.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction((span) => {
      const [from, to] = (
        document.querySelector('.ct-timeline svg[data-live]')?.getAttribute('data-domain') ?? '/'
      ).split('/');
      return (Date.parse(to!) - Date.parse(from!)) / 86_400_000 < span;
    }, before);
    const after = await visibleSpanDays(page);
    expect(after).toBeLessThan(before * 0.8);
    await page.mouse.wheel(0, 400);
    await page.waitForFunction((span) => {
      const [from, to] = (
        document.querySelector('.ct-timeline svg[data-live]')?.getAttribute('data-domain') ?? '/'
      ).split('/');
      return (Date.parse(to!) - Date.parse(from!)) / 86_400_000 > span;
    }, after);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('Tab enters the timeline once and arrow keys walk the events in date order', async () => {
    const { page, errors } = await open(CASE);
    const tabbable = await page.$$eval(
      '.ct-timeline svg[data-live] [tabindex="0"]',
      (els) => els.length,
    );
    expect(tabbable).toBe(1);
    await page.focus('.ct-timeline svg[data-live] [tabindex="0"]');
    await page.keyboard.press('Home');
    const seen: string[] = [];
    for (let i = 0; i < SEED_ORDER.length; i++) {
      seen.push(await page.evaluate(() => location.hash.replace('#event=', '')));
      const live = await page.$eval('.ct-live', (el) => el.textContent ?? '');
      expect(live).toContain(`Event ${i + 1} of ${SEED_ORDER.length}`);
      const focusedInside = await page.evaluate(
        () => document.activeElement?.closest('svg[data-live]') !== null,
      );
      expect(focusedInside).toBe(true);
      await page.keyboard.press('ArrowRight');
    }
    expect(seen).toEqual(SEED_ORDER);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('#event= selects and centres an event at load', async () => {
    const { page, errors } = await open(`${CASE}#event=${SEED_ORDER[2]}`);
    await page.waitForFunction(() => document.querySelector('.ct-live')?.textContent !== '');
    expect(await page.$eval('.ct-live', (el) => el.textContent)).toContain('Cologne court');
    const current = await page.$$eval('.ct-timeline svg[data-live] [aria-current="true"]', (els) =>
      els.map((e) => e.getAttribute('data-event')),
    );
    expect(current).toEqual([SEED_ORDER[2]]);
    expect(await page.isVisible('.ct-card')).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });

  test('nothing moves when the script takes over', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(origin + CASE);
    const staticBox = await page.locator('.ct-canvas').boundingBox();
    const listTop = await page.locator('.event-list').boundingBox();
    await page.close();
    const { page: live } = await open(CASE);
    expect(await live.locator('.ct-canvas').boundingBox()).toEqual(staticBox);
    expect(await live.locator('.event-list').boundingBox()).toEqual(listTop);
    await live.close();
  });
});
