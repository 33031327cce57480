// What the first search query downloads, by Pagefind file: `npx tsx bench/search-breakdown.ts <dist> <term>`.
// Counted by the server as it sends each file (gzipped like a static host): Chromium reports no
// size for the script of Pagefind's web worker.
import { launchChromium } from '../src/harness/chromium';
import { serve } from '../src/harness/serve';

const [dist = 'dist', term = 'injunction'] = process.argv.slice(2);
const sizes: [string, number][] = [];
const server = await serve(
  { '/': dist },
  {},
  {
    onSend: (path, bytes) => {
      if (path.includes('/pagefind/') || path.endsWith('/search/facets.json'))
        sizes.push([path.replace(/\/pagefind\/(\w+)\/.*/, '/pagefind/$1/*'), bytes]);
    },
  },
);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/search/?q=${encodeURIComponent(term)}`);
  await page.waitForFunction(
    () => (document.querySelector('[data-search-results]')?.children.length ?? 0) > 0,
    undefined,
    { timeout: 120_000 },
  );
  await page.waitForLoadState('networkidle');
  const groups = new Map<string, { bytes: number; files: number }>();
  for (const [key, bytes] of sizes) {
    const group = groups.get(key) ?? { bytes: 0, files: 0 };
    groups.set(key, { bytes: group.bytes + bytes, files: group.files + 1 });
  }
  for (const [key, { bytes, files }] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes)) {
    console.log(
      `${(bytes / 1024).toFixed(1).padStart(8)} KB  ${String(files).padStart(3)} file(s)  ${key}`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
