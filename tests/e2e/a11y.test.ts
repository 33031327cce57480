import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { DIST, ROOT } from '../helpers/site';
import { formatViolations, runAxe } from './helpers/axe';
import { launchBrowser, openPage, type Browser } from './helpers/browser';
import { pageTypes, slugOf } from './helpers/dist';
import { keyboardProblems } from './helpers/keyboard';
import { unstyledProblems } from './helpers/no-css';

const SCREENSHOTS = join(ROOT, 'screenshots');
const VIEWS = [360, 1280].flatMap((width) =>
  (['light', 'dark'] as const).map((colorScheme) => ({ width, colorScheme })),
);

const baseURL = inject('baseURL');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(() => browser?.close());

describe.each(pageTypes(DIST))('the $name page (/$path)', ({ name, path, status }) => {
  const url = `${baseURL}${path}`;

  test.each(VIEWS)(
    'has no WCAG 2.2 AA violation at $width px in $colorScheme',
    async ({ width, colorScheme }) => {
      const { page } = await openPage(browser, url, { width, colorScheme, status });
      try {
        const violations = formatViolations(await runAxe(page));
        expect(
          violations,
          `axe-core found WCAG 2.2 AA violations on ${url} at ${width} px, ${colorScheme}`,
        ).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  test.each([360, 1280])(
    'lets a keyboard reach every link and control in order, visibly, at %i px',
    async (width) => {
      const { page } = await openPage(browser, url, { width, colorScheme: 'light', status });
      try {
        expect(
          await keyboardProblems(page),
          `keyboard navigation of ${url} at ${width} px`,
        ).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  test('makes sense with CSS off', async () => {
    const { page } = await openPage(browser, url, { width: 1280, colorScheme: 'light', status });
    try {
      const problems = await unstyledProblems(page);
      await page.screenshot({
        path: join(SCREENSHOTS, `${slugOf(name)}-no-css.png`),
        fullPage: true,
      });
      expect(problems, `${url} without CSS`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
