import { createPaths } from '../paths';

/**
 * One rule of response headers: the site paths it covers and the headers they get.
 *
 * A path pattern is site-relative (the base path is added when a host's file is written) and uses
 * the syntax Netlify and Cloudflare Pages share: `*` matches any run of characters, `:name` one
 * path segment.
 */
export interface HeaderRule {
  /** Why these paths get these headers; written as a comment into every host's file. */
  why: string;
  paths: readonly string[];
  headers: Readonly<Record<string, string>>;
}

/** How long each kind of file may be cached, as a `Cache-Control` value. */
export const CACHE_CONTROL = {
  /** Files whose names carry a hash of their content: a changed file gets a new name. */
  IMMUTABLE: 'public, max-age=31536000, immutable',
  /** Files whose names never change but whose content does with each deploy. */
  SHORT: 'public, max-age=300',
  /** Social cards: seen by link previews, rarely changed. */
  DAY: 'public, max-age=86400',
  /** HTML and everything else: cache, but ask the host each time whether it changed. */
  REVALIDATE: 'public, max-age=0, must-revalidate',
} as const;

/**
 * Every response header Casetrail asks of a host, in one list that the `_headers` file (Netlify,
 * Cloudflare Pages) and the nginx server block are written from.
 *
 * No two rules set the same header on one path: Cloudflare joins such values with a comma and
 * Netlify keeps one of them, so an overlap would mean different caching on different hosts.
 * HTML gets no `Cache-Control` rule: both hosts already make browsers revalidate it, and the
 * nginx block sets {@link CACHE_CONTROL.REVALIDATE} as its default.
 */
export const HEADER_RULES: readonly HeaderRule[] = [
  {
    why: 'Every response: no content-type guessing, no full URLs sent to other sites.',
    paths: ['/*'],
    headers: {
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'strict-origin-when-cross-origin',
    },
  },
  {
    why: 'Build output named by a hash of its content (scripts, styles, search index fragments): cache for a year.',
    paths: ['/_astro/*', '/pagefind/fragment/*', '/pagefind/index/*', '/pagefind/filter/*'],
    headers: { 'Cache-Control': CACHE_CONTROL.IMMUTABLE },
  },
  {
    why: 'The widget, its data, schemas and oEmbed are read by pages of other sites (CORS); names stay, content changes.',
    paths: ['/embed.js', '/data/*', '/schema/*', '/oembed/*'],
    headers: { 'Access-Control-Allow-Origin': '*', 'Cache-Control': CACHE_CONTROL.SHORT },
  },
  {
    why: 'Feeds are polled by readers and calendars: a short cache keeps them current.',
    paths: [
      '/rss.xml',
      '/feed.json',
      '/calendar.ics',
      '/cases/:case/rss.xml',
      '/cases/:case/calendar.ics',
      '/actors/:actor/rss.xml',
    ],
    headers: { 'Cache-Control': CACHE_CONTROL.SHORT },
  },
  {
    why: 'Social cards change only when a title does.',
    paths: ['/og/*'],
    headers: { 'Cache-Control': CACHE_CONTROL.DAY },
  },
];

/** Return a path pattern under the site's base path (`/data/*` under `/kb/` is `/kb/data/*`). */
export function patternUnderBase(pattern: string, base: string): string {
  return createPaths(base).to(pattern);
}

/** Return a regular expression source (anchored) that matches the paths a pattern covers. */
export function patternToRegExpSource(pattern: string): string {
  const parts = pattern.split(/(\*|:[A-Za-z]\w*)/);
  const body = parts
    .map((part) => {
      if (part === '*') return '.*';
      if (part.startsWith(':')) return '[^/]+';
      return part.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  return `^${body}$`;
}

/** Return whether a URL path is covered by a pattern. */
export function matchesPattern(pattern: string, path: string): boolean {
  return new RegExp(patternToRegExpSource(pattern)).test(path);
}

/** Return the headers the rules give a path, and every header set by more than one rule. */
export function headersForPath(
  rules: readonly HeaderRule[],
  path: string,
  base = '/',
): { headers: Record<string, string>; conflicts: string[] } {
  const headers: Record<string, string> = {};
  const conflicts: string[] = [];
  for (const rule of rules) {
    if (!rule.paths.some((p) => matchesPattern(patternUnderBase(p, base), path))) continue;
    for (const [name, value] of Object.entries(rule.headers)) {
      if (name in headers) conflicts.push(name);
      headers[name] = value;
    }
  }
  return { headers, conflicts };
}
