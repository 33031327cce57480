import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { contentDir } from '../../src/lib/content-dir';
import { buildSite, DIST, ROOT } from '../helpers/site';
import { chromiumPath } from '../../src/harness/chromium';
import { BASE, staleDistReason } from './helpers/dist';
import { serve } from '../../src/harness/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the harness's static server serves dist/, base path included: http://127.0.0.1:<port>/. */
    baseURL: string;
  }
}

/**
 * Build the site unless dist/ is fresh (or CASETRAIL_REUSE_DIST=1 says to reuse it), serve it
 * under its base path on a free port of 127.0.0.1 with the harness's static server (the one the
 * benchmark uses; misses get dist/404.html, as static hosts give it), and hand its URL to the
 * tests as `baseURL`.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Fail before a build when there is no browser to drive: the gate never skips.
  chromiumPath();
  const stale = staleDistReason(ROOT, DIST, contentDir());
  if (process.env.CASETRAIL_REUSE_DIST === '1') {
    if (stale?.endsWith('does not exist'))
      throw new Error(`CASETRAIL_REUSE_DIST=1 but ${stale}: run npm run build`);
  } else if (stale) {
    console.log(`[e2e] building the site: ${stale}`);
    try {
      await buildSite();
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(`astro build failed:\n${stdout}\n${stderr}`, { cause: error });
    }
  }
  const server = await serve({ [BASE]: DIST }, {}, { notFound: join(DIST, '404.html') });
  project.provide('baseURL', `${server.origin}${BASE}`);
  return () => server.close();
}
