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

    // The filters are folded until asked for; opening them loads their counts.
    await page.getByText('Filters', { exact: true }).click();
    await page.getByRole('group', { name: 'Kind of event' }).getByLabel('Ruling').check();
    await page.waitForURL(/\?q=injunction&kind=ruling$/);
    await poll(() => resultTitles(page)).toEqual([
      "Cologne court denies Verbraucherzentrale NRW's injunction request against Meta",
    ]);
    await poll(() => page.getByRole('status').first().textContent()).toBe(
      '1 result for “injunction” (kind of event: Ruling).',
    );
    // The kind facet still counts the other kinds, as if none were ticked, so a reader can switch.
    const letters = page
      .getByRole('group', { name: 'Kind of event' })
      .locator('label', { hasText: 'Letter' })
      .locator('.search-facet-count');
    await poll(() => letters.textContent()).toBe('1');

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
    expect(await page.locator('[data-search-none-message]').textContent()).toBe(
      'Nothing matches “zzqxv”.',
    );
    expect(await page.locator('[data-search-none-tips]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-clear]').isVisible()).toBe(false);
    await page.close();
  });

  test('says when the filters emptied the results, how many there are without, and clears them first', async () => {
    const page = await newPage();
    await page.goto(`${origin}/search/?q=noyb`);
    await poll(async () => (await resultTitles(page)).length).toBeGreaterThan(1);
    const unfiltered = (await resultTitles(page)).length;
    await page.goto(`${origin}/search/?q=noyb&kind=ruling`);
    await poll(() => page.locator('[data-search-none]').isVisible()).toBe(true);
    const said = `No results for “noyb” with this filter (kind of event: Ruling). Without it, “noyb” has ${unfiltered} results.`;
    expect(await page.locator('[data-search-none-message]').textContent()).toBe(said);
    await poll(() => page.locator('[data-search-status]').textContent()).toBe(said);
    // "Clear filters" comes first, before any advice on spelling (which does not apply).
    const clear = page.locator('[data-search-none]').getByRole('button');
    expect(await clear.textContent()).toBe(`Clear filters and show ${unfiltered} results`);
    expect(await page.locator('[data-search-none-tips]').isVisible()).toBe(false);
    await clear.click();
    await page.waitForURL(/\?q=noyb$/);
    await poll(async () => (await resultTitles(page)).length).toBe(unfiltered);
    await page.close();
  });

  test('offers example searches drawn from the content and keeps ?q= in the box', async () => {
    const page = await newPage();
    await page.goto(`${origin}/search/`);
    await poll(() => page.locator('[data-search-page]').getAttribute('data-state')).toBe('empty');
    expect(await page.locator('[data-search-intro]').isVisible()).toBe(true);
    // The seed's busiest court is the Cologne court: an example, found in the content.
    const example = page
      .locator('[data-search-intro]')
      .getByRole('link', { name: 'Court in Cologne' });
    expect(await example.getAttribute('href')).toBe('/search/?q=Court+in+Cologne');
    await example.click();
    await poll(() => resultTitles(page)).toContain('Court in Cologne');
    expect(await page.getByLabel('Search events, cases and actors').inputValue()).toBe(
      'Court in Cologne',
    );
    await page.close();
  });

  test('shows what identifies each result: a date on events, status and span on cases, kind on actors', async () => {
    const page = await newPage();
    await page.goto(`${origin}/search/?q=Cologne`);
    const details = (title: string) =>
      page
        .locator('.search-result', { has: page.getByRole('link', { name: title, exact: true }) })
        .locator('.search-result-details')
        .textContent();
    await poll(() => details('Court in Cologne')).toBe(
      "Court · Meta's use of EU users' public posts for AI training",
    );
    expect(await details("Meta's use of EU users' public posts for AI training")).toMatch(
      /^Case · Ongoing · April 2025 – /,
    );
    expect(
      await details(
        "Cologne court denies Verbraucherzentrale NRW's injunction request against Meta",
      ),
    ).toMatch(/^23 May 2025 · Ruling · /);
    await page.close();
  });

  test.each([
    ['missing', 404, '{}'],
    ['of another deploy', 200, '{"version":1,"pages":3,"facets":{}}'],
  ])('filters and counts with Pagefind when the facet table is %s', async (_, status, body) => {
    // A host that lost the table, or serves one older than the index: Pagefind's own filters
    // take over, so the reader sees the same results and counts, only later. The page says
    // nothing of it; the console warns why. Not newPage(): Chromium logs the 404 as an error,
    // which here is the point.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    await page.route('**/search/facets.json', (route) =>
      route.fulfill({ status, contentType: 'application/json', body }),
    );
    await page.goto(`${origin}/search/?q=injunction&kind=ruling`);
    await poll(() => resultTitles(page)).toEqual([
      "Cologne court denies Verbraucherzentrale NRW's injunction request against Meta",
    ]);
    const letters = page
      .getByRole('group', { name: 'Kind of event' })
      .locator('label', { hasText: 'Letter' })
      .locator('.search-facet-count');
    await poll(() => letters.textContent()).toBe('1');
    expect(warnings).toEqual([expect.stringMatching(/^Search counts and filters with Pagefind: /)]);
    await page.close();
  });

  test('loads no facet data for a plain search, and only the facet table when the filters open', async () => {
    const page = await newPage();
    const filterFiles: string[] = [];
    const tables: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (path.includes('/pagefind/filter/')) filterFiles.push(path);
      if (path.endsWith('/search/facets.json')) tables.push(path);
    });
    await page.goto(`${origin}/search/?q=injunction`);
    await poll(async () => (await resultTitles(page)).length).toBeGreaterThan(3);
    await page.waitForLoadState('networkidle');
    expect(tables).toEqual([]);
    await page.getByText('Filters', { exact: true }).click();
    await poll(() => page.getByRole('group', { name: 'Kind of event' }).isVisible()).toBe(true);
    await page.getByRole('group', { name: 'Kind of event' }).getByLabel('Ruling').check();
    await poll(() => resultTitles(page)).toEqual([
      "Cologne court denies Verbraucherzentrale NRW's injunction request against Meta",
    ]);
    // Counting and filtering use the table: Pagefind's filter indexes are never fetched.
    expect(tables).toHaveLength(1);
    expect(filterFiles).toEqual([]);
    await page.close();
  });
});

describe('a case timeline narrowed by search', () => {
  const CASE = '/cases/meta-ai-training-eu/';
  const RULING = '2025-05-23-cologne-court-denies-injunction';
  const START = '2025-05-27-meta-ai-training-start';
  const LETTER = '2025-05-noyb-cease-and-desist-letter';
  const visibleItems = (page: Page) =>
    page
      .locator('.event-list > li[data-event-id]:visible')
      .evaluateAll((items) => items.map((item) => (item as HTMLElement).dataset.eventId));
  // The events the live chart draws: its marks, and the members its clusters count.
  const chart = (page: Page) =>
    page.locator('.ct-timeline svg[data-live]').evaluate((svg) => ({
      marks: [...svg.querySelectorAll('.ct-mark[data-event]')].map((m) =>
        m.getAttribute('data-event'),
      ),
      clustered: [...svg.querySelectorAll('.ct-cluster')].reduce(
        (sum, c) => sum + Number(c.getAttribute('data-count')),
        0,
      ),
      labels: [...svg.querySelectorAll('.ct-label[data-event]')].map((l) =>
        l.getAttribute('data-event'),
      ),
      domain: svg.getAttribute('data-domain'),
    }));
  const drawnCount = async (page: Page) => {
    const { marks, clustered } = await chart(page);
    return marks.length + clustered;
  };
  const listNote = (page: Page) => page.locator('.timeline-search-list-note');

  test('redraws the chart and the list with only the events a query and a kind match, keeps it in the URL, and Back undoes it', async () => {
    const page = await newPage();
    await page.goto(`${origin}${CASE}`);
    const all = await visibleItems(page);
    expect(all.length).toBe(6);
    await poll(() => drawnCount(page)).toBe(6);
    const fitted = (await chart(page)).domain;
    expect(await listNote(page).isVisible()).toBe(false);

    const form = page.getByRole('search', { name: 'Find events in this case' });
    await form.getByLabel('Find in this case').fill('injunction');
    await form.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(/\?q=injunction$/);
    await poll(async () => (await visibleItems(page)).length).toBeLessThan(all.length);
    const byWord = await visibleItems(page);
    expect(byWord).toContain(RULING);
    expect(byWord).not.toContain(START);
    // The chart draws the matches alone, refitted to their dates: no trace of the others.
    await poll(() => drawnCount(page)).toBe(byWord.length);
    const narrowed = await chart(page);
    expect(narrowed.marks).not.toContain(START);
    expect(narrowed.labels).not.toContain(START);
    expect(narrowed.domain).not.toBe(fitted);
    const said = `${byWord.length} of 6 events match “injunction”.`;
    expect(await page.locator('[data-timeline-search-status]').textContent()).toBe(said);
    // The list, further down, says the same and offers every event back.
    expect(await listNote(page).textContent()).toBe(`${said} Show all 6 events`);

    await form.getByLabel('Kind').selectOption('ruling');
    await form.getByRole('button', { name: 'Show', exact: true }).click();
    await page.waitForURL(/\?q=injunction&kind=ruling$/);
    await poll(() => visibleItems(page)).toEqual([RULING]);
    await poll(() => chart(page).then((c) => c.marks)).toEqual([RULING]);
    expect(await page.locator('[data-timeline-search-status]').textContent()).toBe(
      '1 of 6 events matches “injunction” (kind: Ruling).',
    );
    // The legend lists only what is drawn: one kind.
    expect(await page.locator('.ct-timeline .ct-legend').textContent()).not.toMatch(/Letter/);

    await page.goBack();
    await page.waitForURL(/\?q=injunction$/);
    await poll(() => visibleItems(page)).toEqual(byWord);
    await poll(() => drawnCount(page)).toBe(byWord.length);
    expect(await form.getByLabel('Kind').inputValue()).toBe('');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === CASE && url.search === '');
    await poll(() => visibleItems(page)).toEqual(all);
    await poll(() => drawnCount(page)).toBe(6);
    expect((await chart(page)).domain).toBe(fitted);
    expect(await listNote(page).isVisible()).toBe(false);
    expect(await form.getByLabel('Find in this case').inputValue()).toBe('');
    await page.close();
  });

  test('names the matching events from the page list, not by fetching a page per hit', async () => {
    const page = await newPage();
    const fetched: string[] = [];
    page.on('request', (request) => {
      const path = new URL(request.url()).pathname;
      if (/\/pagefind\/(fragment|filter)\//.test(path) || path.startsWith('/search/'))
        fetched.push(path.replace(/\/pagefind\/(fragment|filter)\/.*/, '/pagefind/$1/…'));
    });
    await page.goto(`${origin}${CASE}?q=injunction`);
    await poll(() => page.locator('[data-timeline-search-status]').textContent()).toMatch(
      /^\d of 6 events match “injunction”\.$/,
    );
    expect(await visibleItems(page)).toContain(RULING);
    expect(fetched.sort()).toEqual(['/search/facets.json', '/search/pages.json']);
    await page.close();
  });

  test('falls back to asking each hit for its page when the page list is missing', async () => {
    // Not newPage(): Chromium logs the 404 as an error, which here is the point.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    await page.route('**/search/pages.json', (route) => route.fulfill({ status: 404 }));
    await page.goto(`${origin}${CASE}?q=injunction&kind=ruling`);
    await poll(() => visibleItems(page)).toEqual([RULING]);
    expect(warnings).toEqual([expect.stringMatching(/^Search reads each hit's page: /)]);
    await page.close();
  });

  test('opens narrowed to an actor from a shared link, and the list shows all again on request', async () => {
    const page = await newPage();
    await page.goto(`${origin}${CASE}?actor=noyb`);
    await poll(() => visibleItems(page)).toEqual([LETTER]);
    await poll(() => chart(page).then((c) => c.marks)).toEqual([LETTER]);
    expect(await page.getByRole('search').getByLabel('Actor').inputValue()).toBe('noyb');
    await listNote(page).getByRole('button', { name: 'Show all 6 events' }).click();
    await page.waitForURL((url) => url.pathname === CASE && url.search === '');
    await poll(async () => (await visibleItems(page)).length).toBe(6);
    await poll(() => drawnCount(page)).toBe(6);
    // Back brings the shared narrowing again.
    await page.goBack();
    await page.waitForURL(/\?actor=noyb$/);
    await poll(() => chart(page).then((c) => c.marks)).toEqual([LETTER]);
    await page.close();
  });

  test('hides the chart when nothing matches, says so, and shows it again from the form', async () => {
    const page = await newPage();
    await page.goto(`${origin}${CASE}?q=zzqxv`);
    const status = page.locator('[data-timeline-search-status]');
    await poll(() => status.textContent()).toBe('None of the 6 events matches “zzqxv”.');
    expect(await page.locator('.ct-timeline').isVisible()).toBe(false);
    expect(await visibleItems(page)).toEqual([]);
    await page.getByRole('search').getByRole('button', { name: 'Show all events' }).click();
    await page.waitForURL((url) => url.pathname === CASE && url.search === '');
    await poll(() => page.locator('.ct-timeline').isVisible()).toBe(true);
    await poll(() => drawnCount(page)).toBe(6);
    await page.close();
  });

  test('shows a search result set for one case on that case timeline', async () => {
    const page = await newPage();
    await page.goto(`${origin}/search/?q=injunction&case=meta-ai-training-eu&type=event`);
    const link = page.getByRole('link', { name: /^Show these results on the timeline of / });
    await poll(() => link.isVisible()).toBe(true);
    // The link can show before the results are drawn: count them once they are there.
    await poll(async () => (await resultTitles(page)).length).toBeGreaterThan(0);
    const count = (await resultTitles(page)).length;
    await link.click();
    await page.waitForURL((url) => url.pathname === CASE && url.search === '?q=injunction');
    await poll(async () => (await visibleItems(page)).length).toBe(count);
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
