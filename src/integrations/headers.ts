import type { AstroIntegration } from 'astro';
import { writeFile } from 'node:fs/promises';
import { toHeadersFile } from '../lib/deploy/targets';

/**
 * Return the Astro integration that writes dist/_headers (Netlify, Cloudflare Pages) from the
 * header rules in src/lib/deploy/headers.ts, under the configured base path.
 */
export default function headersIntegration(): AstroIntegration {
  let base = '/';
  return {
    name: 'casetrail:headers',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), toHeadersFile(undefined, base));
        logger.info('wrote _headers for Netlify and Cloudflare Pages');
      },
    },
  };
}
