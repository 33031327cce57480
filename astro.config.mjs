// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check.ts';
import headers from './src/integrations/headers.ts';
import pagefind from './src/integrations/pagefind.ts';
import { cacheDir } from './src/lib/cache-dir.ts';
import { readSiteConfig } from './src/lib/site-config.ts';
import { buildDay } from './src/lib/build-day.ts';

// The public address and optional sub-path the site is deployed under, from
// src/lib/site-config.ts (CASETRAIL_SITE and CASETRAIL_BASE override it). Canonical URLs, feeds
// and the embed snippets are absolute, so set the real host when deploying.
const { origin: site, base } = readSiteConfig();
// One day for the whole build, fixed before any page is written (src/lib/build-day.ts).
buildDay();

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Keep the content cache inside the checkout, so two checkouts sharing node_modules never mix;
  // builds of other content folders (tests, benchmarks) pass their own.
  cacheDir: cacheDir(),
  // Two content files with one id must fail the build, not overwrite each other.
  prerenderConflictBehavior: 'error',
  build: {
    // Render a few pages at once: social cards rasterise off the main thread meanwhile.
    concurrency: 4,
  },
  integrations: [
    // First: the content check refuses bad content before anything is read or rendered.
    contentCheck(),
    // The iframe embed pages are noindex; the sitemap lists only pages meant for search engines.
    sitemap({ filter: (page) => !new URL(page).pathname.includes('/embed/') }),
    pagefind(),
    headers(),
  ],
  vite: {
    // d3-zoom's animations are replaced by the timeline's own (see the file for why).
    resolve: {
      alias: {
        'd3-transition': fileURLToPath(
          new URL('./src/client/timeline/no-transition.ts', import.meta.url),
        ),
        'd3-interpolate': fileURLToPath(
          new URL('./src/client/timeline/no-transition.ts', import.meta.url),
        ),
      },
    },
  },
});
