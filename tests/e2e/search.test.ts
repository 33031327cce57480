import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchChromium } from '../../src/harness/chromium';

// Runs against the site the shared e2e setup serves; drives the system's Chromium.
const COLOGNE = '/events/2025-05-23-cologne-court-denies-injunction/';

let browser: Browser;
let origin: string;
const problems: string[] = [];

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
  return page;
}

// Pagefind loads its WebAssembly on first use; on a busy machine that takes more than a second.
const poll = <T>(read: () => T | Promise<T>) =>
  expect.poll(read, { timeout: 15_000, interval: 100 });

const resultTitles = (page: Page) =>
  page.locator('[data-search-results] .search-result-title').allTextContents();

beforeAll(async () => {
  // The shared e2e setup has built dist/ and serves it; its URL ends with the base path.
  origin = inject('baseURL').replace(/\/$/, '');
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('the search page', () => {
  test('types a query, picks a facet, shows the right results, keeps it all in the URL', async () => {
    const page = await newPage();
    await page.goto(`${origin}/search/`);
    await page.getByLabel('Search events, cases and actors').fill('injunction');
    await page.waitForURL(/\?q=injunction$/);
    await poll(() => resultTitles(page)).toContain(
      "Cologne court denies Verbraucherzentrale NRW's injunction request against Meta",
    );
    expect((await resultTitles(page)).length).toBeGreaterThan(3);

    await page.getByRole('group', { name: 'Kind of event' }).getByLabel('Ruling').check();
    await page.waitForURL(/\?q=injunction&kind=ruling$/);
    await poll(() => resultTitles(page)).toEqual([
      "Cologne court denies Verbraucherzentrale NRW's injunction request against Meta",
    ]);
    await poll(() => page.getByRole('status').first().textContent()).toBe(
      '1 result for “injunction” (kind of event: Ruling).',
    );

    // Back undoes the facet, not the whole search.
    await page.goBack();
    await page.waitForURL(/\?q=injunction$/);
    await poll(async () => (await resultTitles(page)).length).toBeGreaterThan(3);
    expect(
      await page.getByRole('group', { name: 'Kind of event' }).getByLabel('Any').isChecked(),
    ).toBe(true);
    await page.close();
  });

  test('shows the same results for a shared URL in a new tab, and the result lands on the highlighted ruling', async () => {
    const page = await newPage();
    await page.goto(`${origin}/search/?q=injunction&kind=ruling`);
    await poll(() => resultTitles(page)).toEqual([
      "Cologne court denies Verbraucherzentrale NRW's injunction request against Meta",
    ]);
    expect(await page.getByLabel('Search events, cases and actors').inputValue()).toBe(
      'injunction',
    );
    await page.locator('[data-search-results] a').first().click();
    await page.waitForURL((url) => url.pathname === COLOGNE);
    expect(new URL(page.url()).searchParams.getAll('highlight')).toContain('injunction');
    await poll(() =>
      page.locator('[data-pagefind-body] mark.search-highlight').count(),
    ).toBeGreaterThan(1);
    await page.close();
  });

  test('sorts by date when asked and puts the sort in the URL', async () => {
    const page = await newPage();
    await page.goto(`${origin}/search/?type=event`);
    await poll(async () => (await resultTitles(page)).length).toBe(6);
    await page.getByLabel('Sort by').selectOption('oldest');
    await page.waitForURL(/sort=oldest/);
    await poll(async () => (await resultTitles(page))[0]).toBe(
      "Meta announces it will train AI on EU users' public posts",
    );
    await page.close();
  });

  test('ignores unknown filters and never renders URL input as HTML', async () => {
    const page = await newPage();
    const hostile = encodeURIComponent('<img src=x onerror="window.__pwned=1">zzqx');
    await page.goto(`${origin}/search/?q=${hostile}&colour=red&kind=nonsense`);
    // The query comes back as text, whatever it matched.
    await poll(() => page.locator('[data-search-status]').textContent()).toContain(
      '<img src=x onerror=',
    );
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    // The unknown kind and the unknown parameter are dropped from the address.
    expect(new URL(page.url()).searchParams.has('kind')).toBe(false);
    await page.close();
  });

  test('says what to try when nothing matches', async () => {
    const page = await newPage();
    await page.goto(`${origin}/search/?q=zzqxv`);
    await poll(() => page.locator('[data-search-none]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-none-query]').textContent()).toBe('“zzqxv”');
    await poll(() => page.getByRole('status').first().textContent()).toBe(
      'No results for “zzqxv”.',
    );
    await page.close();
  });

  test('says what to try when nothing is asked yet', async () => {
    const page = await newPage();
    await page.goto(`${origin}/search/`);
    await poll(() => page.locator('[data-search-page]').getAttribute('data-state')).toBe('empty');
    expect(await page.locator('[data-search-intro]').isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: 'opt out' }).getAttribute('href')).toBe(
      '/search/?q=opt+out',
    );
    await page.close();
  });
});

describe('the header search', () => {
  test('opens with Ctrl+K, and Enter on a result reaches the event', async () => {
    const page = await newPage();
    await page.goto(`${origin}/`);
    await page.keyboard.press('Control+k');
    const dialog = page.getByRole('dialog', { name: 'Search Casetrail' });
    await poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.type('precedent');
    await poll(() => dialog.locator('.search-result-title').count()).toBeGreaterThan(0);
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain(
      'Cologne court denies',
    );
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === COLOGNE);
    await page.close();
  });

  test('opens from its button and Enter in the box opens the first result', async () => {
    const page = await newPage();
    await page.goto(`${origin}/cases/`);
    await page.getByRole('button', { name: /Search/ }).click();
    await page.keyboard.type('opt-in');
    await poll(() =>
      page.locator('[data-search-dialog-results] .search-result-title').count(),
    ).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await page.waitForURL(
      (url) => url.pathname === '/events/2025-05-noyb-cease-and-desist-letter/',
    );
    await page.close();
  });

  test('does not load Pagefind until the reader opens search', async () => {
    const page = await newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await page.goto(`${origin}${COLOGNE}`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter((p) => p.startsWith('/pagefind/'))).toEqual([]);
    await page.keyboard.press('Control+k');
    await poll(() => requested.some((p) => p === '/pagefind/pagefind.js')).toBe(true);
    await page.close();
  });
});

test('no page logged an error', () => {
  expect(problems).toEqual([]);
});
