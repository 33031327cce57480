import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DIST, ROOT } from '../helpers/site';
import { launchBrowser, openPage, type Browser } from './helpers/browser';
import { pageTypes, slugOf } from './helpers/dist';

/** Where the screenshots of every page type go (ignored by git): what readers see. */
const SCREENSHOTS = join(ROOT, 'screenshots');
/** The narrowest phone we support and a common laptop. */
const WIDTHS = [360, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
const VIEWS = WIDTHS.flatMap((width) => SCHEMES.map((colorScheme) => ({ width, colorScheme })));

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => browser?.close());

/** Return the elements that stick out past the right edge of the viewport, as short selectors. */
function overflowingElements(): string[] {
  const limit = document.documentElement.clientWidth;
  const name = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList].map((c) => `.${c}`).join('')}`;
  return [...document.body.querySelectorAll('*')]
    .filter((el) => el.getBoundingClientRect().right > limit + 1)
    .filter(
      (el) => !el.parentElement || el.parentElement.getBoundingClientRect().right <= limit + 1,
    )
    .slice(0, 5)
    .map((el) => `${name(el)} (right edge at ${Math.round(el.getBoundingClientRect().right)} px)`);
}

describe.each(pageTypes(DIST))('the $name page (/$path)', ({ name, path, status }) => {
  test.each(VIEWS)(
    'loads at $width px in $colorScheme without errors',
    async ({ width, colorScheme }) => {
      const url = `${baseURL}${path}`;
      const { page, problems } = await openPage(browser, url, { width, colorScheme, status });
      try {
        await page.screenshot({
          path: join(SCREENSHOTS, `${slugOf(name)}-${width}-${colorScheme}.png`),
          fullPage: true,
        });
        expect(problems, `${url} at ${width} px, ${colorScheme}`).toEqual([]);
        if (width === 360) {
          const scroll = await page.evaluate(() => ({
            scrollWidth: document.documentElement.scrollWidth,
            clientWidth: document.documentElement.clientWidth,
          }));
          const culprits =
            scroll.scrollWidth > scroll.clientWidth ? await page.evaluate(overflowingElements) : [];
          expect(
            culprits,
            `${url} scrolls sideways at 360 px (${scroll.scrollWidth} px wide); these stick out`,
          ).toEqual([]);
          expect(scroll.scrollWidth, `${url} scrolls sideways at 360 px`).toBeLessThanOrEqual(
            scroll.clientWidth,
          );
        }
      } finally {
        await page.close();
      }
    },
  );
});
