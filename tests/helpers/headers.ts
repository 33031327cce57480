import { HeadersHandler } from '@netlify/headers';
import { dirname, basename } from 'node:path';

const quiet = { log() {}, warn: console.warn, error: console.error };

/**
 * Return what a static host sends for a path of a built site: Netlify's own headers engine
 * (@netlify/headers) reading the `_headers` file the build wrote into `dist`.
 */
export function hostHeaders(dist: string): (path: string) => Promise<Record<string, string>> {
  const handler = new HeadersHandler({
    projectDir: dirname(dist),
    publishDir: basename(dist),
    logger: quiet as never,
  });
  return (path) => handler.apply(new Request(new URL(path, 'http://casetrail.test')));
}
