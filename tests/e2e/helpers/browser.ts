import type { BrowserContext, Page, Response } from 'playwright-core';
import { launchChromium } from '../../../src/harness/chromium';

/** A Chromium with one fresh browser context, closed (with its temporary profile) by `close`. */
export interface Browser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** Launch the system's Chromium through the shared launcher and open one fresh context. */
export async function launchBrowser(): Promise<Browser> {
  const browser = await launchChromium();
  const context = await browser.newContext();
  return { context, close: () => browser.close() };
}

/** A page opened by `openPage`, with everything that went wrong while it loaded and ran. */
export interface OpenedPage {
  page: Page;
  response: Response | null;
  /** Console errors, uncaught exceptions, failed or third-party requests, HTTP errors. */
  problems: string[];
}

/** How to open a page: its width, colour scheme and the status its own document answers with. */
export interface PageOptions {
  width: number;
  colorScheme: 'light' | 'dark';
  status?: number;
}

/**
 * Open a URL in a new tab at a width and colour scheme, and collect every console error,
 * uncaught exception, failed request, HTTP error and request to another host it causes.
 */
export async function openPage(
  browser: Browser,
  url: string,
  options: PageOptions,
): Promise<OpenedPage> {
  const { width, colorScheme, status = 200 } = options;
  const page = await browser.context.newPage();
  const problems: string[] = [];
  // Any port of the same host is ours: an embed test serves its host page on a second port.
  const local = new URL(url).hostname;
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    // Chromium logs the 404 page's own status as an error; that status is what we asked for.
    if (status !== 200 && where === url && message.text().startsWith('Failed to load resource'))
      return;
    problems.push(`console error: ${message.text()}${where ? ` (at ${where})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught exception: ${error.message}`));
  page.on('request', (request) => {
    const target = new URL(request.url());
    if (target.protocol.startsWith('http') && target.hostname !== local) {
      problems.push(`request to another host (the site must work on its own): ${request.url()}`);
    }
  });
  page.on('requestfailed', (request) => {
    problems.push(
      `request failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown error'})`,
    );
  });
  page.on('response', (response) => {
    const expected = response.url() === url ? status : 200;
    if (response.status() >= 400 && response.status() !== expected) {
      problems.push(`HTTP ${response.status()} for ${response.url()}`);
    }
  });
  await page.setViewportSize({ width, height: 800 });
  await page.emulateMedia({ colorScheme });
  const response = await page.goto(url, { waitUntil: 'networkidle' });
  if (response?.status() !== status) {
    problems.push(`the page answered HTTP ${response?.status() ?? 'nothing'}, expected ${status}`);
  }
  return { page, response, problems };
}
