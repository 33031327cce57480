// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import headers from './src/integrations/headers.ts';
import pagefind from './src/integrations/pagefind.ts';
import { cacheDir } from './src/lib/cache-dir.ts';

// The public address and optional sub-path the site is deployed under. Canonical URLs, feeds
// and the embed snippets are absolute, so set CASETRAIL_SITE to the real host when deploying.
const site = process.env.CASETRAIL_SITE || 'https://casetrail.example';
const base = process.env.CASETRAIL_BASE || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Keep the content cache inside the checkout, so two checkouts sharing node_modules never mix;
  // builds of other content folders (tests, benchmarks) pass their own.
  cacheDir: cacheDir(),
  // Two content files with one id must fail the build, not overwrite each other.
  prerenderConflictBehavior: 'error',
  // The iframe embed pages are noindex; the sitemap lists only pages meant for search engines.
  build: {
    // Render a few pages at once: social cards rasterise off the main thread meanwhile.
    concurrency: 4,
  },
  integrations: [
    mdx(),
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
      },
    },
    build: {
      rollupOptions: {
        // Every MDX module carries Astro's "use astro:head-inject" directive, and the bundler
        // warns once per file that it may drop it; Astro handles it, so the warning is noise
        // that would bury real warnings (ten thousand lines for a 10,000-event build).
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
