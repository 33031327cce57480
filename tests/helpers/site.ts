import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../src/harness/root';

const run = promisify(execFile);

export { ROOT };

/** Where `npm test` builds the site once for the build tests. */
export const DIST = join(ROOT, 'dist');

/** Return the text of a file in dist/, failing with the path when it is missing. */
export function readDist(path: string, dist = DIST): string {
  const file = join(dist, path);
  if (!existsSync(file))
    throw new Error(`expected ${path} in ${dist}, but the build did not write it`);
  return readFileSync(file, 'utf8');
}

// Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test…) into process.env; a child
// `astro build` would take them for its own and, for one, ignore the configured base path.
const VITEST_VARIABLES = /^(BASE_URL|SITE|ASSETS_PREFIX|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/;

/** Return this process's environment without the variables Vitest injected. */
export function cleanEnv(): Record<string, string> {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key, value]) => value !== undefined && !VITEST_VARIABLES.test(key),
    ),
  ) as Record<string, string>;
}

/** Run `astro build` with extra environment (content folder, base path, outDir); return its output. */
export async function buildSite(
  options: { env?: Record<string, string>; outDir?: string } = {},
): Promise<{ stdout: string; stderr: string }> {
  const args = ['build'];
  const env: Record<string, string> = { ASTRO_TELEMETRY_DISABLED: '1' };
  if (options.outDir) {
    args.push('--outDir', options.outDir);
    // Each extra build keeps its own content cache, so builds can run side by side.
    env.CASETRAIL_CACHE_DIR = `${options.outDir}-cache`;
  }
  return run(join(ROOT, 'node_modules/.bin/astro'), args, {
    cwd: ROOT,
    env: { ...cleanEnv(), ...env, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
}
