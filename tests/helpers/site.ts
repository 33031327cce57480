import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The project root. */
export const ROOT = resolve(import.meta.dirname, '../..');

/** Where `npm test` builds the site once for the build tests. */
export const DIST = join(ROOT, 'dist');

/** Return the text of a file in dist/, failing with the path when it is missing. */
export function readDist(path: string, dist = DIST): string {
  const file = join(dist, path);
  if (!existsSync(file)) throw new Error(`expected ${path} in ${dist}, but the build did not write it`);
  return readFileSync(file, 'utf8');
}

const VITE_ENV_KEYS = new Set(['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX']);

/** Run `astro build` with extra environment (content folder, base path, outDir); return its output. */
export async function buildSite(
  options: { env?: Record<string, string>; outDir?: string } = {},
): Promise<{ stdout: string; stderr: string }> {
  const args = ['build'];
  // Vitest copies Vite's import.meta.env (BASE_URL, SITE, DEV, MODE…) into process.env; a child
  // build would read them back and ignore its own base path, site and mode.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITE_ENV_KEYS.has(key)));
  if (options.outDir) args.push('--outDir', options.outDir);
  return run(join(ROOT, 'node_modules/.bin/astro'), args, {
    cwd: ROOT,
    env: { ...inherited, ...options.env, ASTRO_TELEMETRY_DISABLED: '1' },
    maxBuffer: 64 * 1024 * 1024,
  });
}
