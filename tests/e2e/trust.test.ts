import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { ROOT } from '../helpers/site';
import { launchBrowser, openPage, type Browser } from './helpers/browser';

const SCREENSHOTS = join(ROOT, 'screenshots');
const CASE = 'meta-ai-training-eu';
const SCHEDULED = '2025-05-27-meta-ai-training-start';

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => browser?.close());

describe('printing', () => {
  test.each([
    ['event', `events/${SCHEDULED}/`],
    ['case', `cases/${CASE}/`],
  ])(
    'the %s page prints with its URL, the print date and the citation, and no controls',
    async (name, path) => {
      const { page, problems } = await openPage(browser, `${baseURL}${path}`, {
        width: 1280,
        colorScheme: 'dark',
      });
      try {
        await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
        await page.screenshot({ path: join(SCREENSHOTS, `print-${name}.png`), fullPage: true });
        const printed = await page.evaluate(() => {
          const visible = (el: Element) => (el as HTMLElement).offsetParent !== null;
          return {
            text: document.body.innerText,
            buttons: [...document.querySelectorAll('button')].filter(visible).length,
            embed: [...document.querySelectorAll('.embed-code, .follow-box, .ct-timeline')].filter(
              visible,
            ).length,
            date: document.querySelector('.print-date time')?.getAttribute('datetime'),
            chronology: [...document.querySelectorAll('.chronology tbody tr')]
              .filter(visible)
              .map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent)),
            background: getComputedStyle(document.body).backgroundColor,
          };
        });
        const canonical = `https://casetrail.example/${path}`;
        expect(printed.text).toContain(canonical);
        expect(printed.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(printed.text).toMatch(/Printed \d{1,2} \w+ \d{4}/);
        // The script put the print day in place of the build day a page without it shows.
        expect(printed.text).not.toContain('Page as of');
        expect(printed.text).toContain('Cite this');
        expect(printed.text).toContain(`${canonical} (accessed [date]).`);
        expect(printed.text).not.toContain('Report an error');
        expect(printed.text).not.toContain('Skip to content');
        expect(printed.buttons).toBe(0);
        expect(printed.embed).toBe(0);
        // Paper is white whatever the screen's theme.
        expect(printed.background).toBe('rgb(255, 255, 255)');
        if (name === 'case') {
          expect(printed.chronology).toHaveLength(6);
          expect(printed.chronology[0]?.slice(0, 2)).toEqual(['1', 'April 2025']);
          expect(printed.chronology[5]?.[3]).toBe('Deadline');
          expect(printed.chronology[5]?.[4]).toContain('Cryptopolitan, 24 May 2025');
        } else {
          expect(printed.chronology).toEqual([]);
        }
        expect(problems).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );
});

describe('the feed in a browser', () => {
  test.each(['light', 'dark'] as const)(
    '/rss.xml reads as a page that says how to subscribe (%s)',
    async (colorScheme) => {
      const page = await browser.context.newPage();
      try {
        await page.setViewportSize({ width: 360, height: 800 });
        await page.emulateMedia({ colorScheme });
        // A document made by XSLT never reports the network idle; wait for what it renders.
        const response = await page.goto(`${baseURL}rss.xml`, { waitUntil: 'commit' });
        expect(response?.status()).toBe(200);
        await page.locator('h1').waitFor();
        await page.screenshot({
          path: join(SCREENSHOTS, `feed-rss-360-${colorScheme}.png`),
          fullPage: true,
        });
        expect(await page.locator('h1').textContent()).toBe('Casetrail');
        expect(await page.getByRole('heading', { name: 'How to subscribe' }).count()).toBe(1);
        expect(await page.locator('code').textContent()).toBe('https://casetrail.example/rss.xml');
        const items = page.locator('ol > li h2 a');
        expect(await items.count()).toBe(6);
        expect(await items.first().getAttribute('href')).toMatch(
          /^https:\/\/casetrail\.example\/events\//,
        );
      } finally {
        await page.close();
      }
    },
  );
});
