// Take screenshots of a built page in light and dark at phone and desktop widths, to look at.
// Usage: npx tsx bench/timeline/screenshots.ts [page path] [out folder]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './browser';
import { serveStatic } from './serve';

const page = process.argv[2] ?? '/cases/meta-ai-training-eu/';
const out = process.argv[3] ?? 'screenshots';
mkdirSync(out, { recursive: true });
const server = await serveStatic('dist');
const browser = await launchChromium();
try {
  for (const scheme of ['light', 'dark'] as const) {
    for (const width of [360, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const tab = await context.newPage();
      tab.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
      tab.on('pageerror', (e) => console.error('pageerror:', e.message));
      await tab.goto(server.origin + page);
      const figure = tab.locator('.ct-timeline').first();
      await figure.scrollIntoViewIfNeeded();
      const name = join(out, `${page.replace(/\W+/g, '_')}-${scheme}-${width}.png`);
      await figure.screenshot({ path: name });
      console.log(name);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
