import { chromium } from 'playwright-core';
import { serve } from '../bench/lib/serve';
import { CHROMIUM_FLAGS } from '../tests/e2e/helpers/browser';
const server = await serve({ '/': 'dist' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_FLAGS });
const shots: [string, string][] = [
  ['results', '/search/?q=Cologne'],
  ['empty', '/search/?q=noyb&kind=ruling'],
  ['intro', '/search/'],
  ['case', '/cases/meta-ai-training-eu/?q=injunction&kind=ruling'],
];
for (const [name, path] of shots)
  for (const width of [360, 1280])
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
      await page.goto(server.origin + path);
      await page.waitForTimeout(1500);
      if (name === 'case') await page.locator('[data-timeline-search]').scrollIntoViewIfNeeded();
      await page.screenshot({ path: `/tmp/srch/shot-${name}-${width}-${scheme}.png`, fullPage: name !== 'case' });
      await page.close();
    }
await browser.close();
await server.close();
