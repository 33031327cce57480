import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

interface PagefindResponse {
  errors: string[];
}

/**
 * Index options. The fact lists of entry pages (`dl.meta-list`: date, status, court, roles,
 * parties), section headings ("Actors", "Sources") and the kicker line above each title
 * ("Ruling in <case>") are page furniture: searching "actors" must not match every event, and
 * Pagefind joins the items of a definition list without a space ("24 May 2025Occurred"), which
 * excerpts would show. What a reader searches those facts by is in each page's metadata, which
 * Pagefind searches too (src/lib/search/attributes.ts).
 */
export const INDEX_OPTIONS: pagefind.PagefindServiceConfig = {
  forceLanguage: 'en',
  excludeSelectors: [
    '[data-pagefind-body] dl.meta-list',
    "[data-pagefind-body] h2[id$='-heading']",
    '[data-pagefind-body] > p.muted:first-child',
  ],
};

/** The reason the search index could not be written; the build stops with it. */
export class PagefindError extends Error {
  override name = 'PagefindError';
}

// Pagefind reports problems in `errors` rather than by rejecting, so each step is checked.
function check<T extends PagefindResponse>(
  step: string,
  response: T,
  logger: AstroIntegrationLogger,
): T {
  if (response.errors.length === 0) return response;
  for (const error of response.errors) logger.error(`${step}: ${error}`);
  throw new PagefindError(
    `Pagefind could not ${step} (${response.errors.length} error(s) above); fix the HTML it names or the pagefind options in src/integrations/pagefind.ts`,
  );
}

/** Write the search index of a built site (its `dir`) into `<dir>/pagefind/`; return the page count. */
export async function indexSite(dir: URL, logger: AstroIntegrationLogger): Promise<number> {
  const started = performance.now();
  try {
    const { index } = check('create the index', await pagefind.createIndex(INDEX_OPTIONS), logger);
    if (!index) throw new PagefindError('Pagefind returned no index and no error');
    const { page_count } = check(
      'index the built pages',
      await index.addDirectory({ path: fileURLToPath(dir) }),
      logger,
    );
    if (page_count === 0)
      throw new PagefindError(`Pagefind found no HTML files in ${fileURLToPath(dir)}`);
    check(
      'write the index',
      await index.writeFiles({ outputPath: fileURLToPath(new URL('pagefind/', dir)) }),
      logger,
    );
    logger.info(
      `read ${page_count} HTML files and wrote the search index in ${Math.round(performance.now() - started)} ms`,
    );
    return page_count;
  } catch (cause) {
    if (cause instanceof PagefindError) throw cause;
    throw new PagefindError('Pagefind failed while indexing the site; see the cause below', {
      cause,
    });
  } finally {
    await pagefind.close();
  }
}

/** Return the Astro integration that builds the Pagefind search index after every `astro build`. */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'casetrail:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await indexSite(dir, logger);
      },
    },
  };
}
