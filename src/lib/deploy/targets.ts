import {
  CACHE_CONTROL,
  HEADER_RULES,
  patternToRegExpSource,
  patternUnderBase,
  type HeaderRule,
} from './headers';

// The rule whose paths cover everything: its headers go on every response.
const isSiteWide = (rule: HeaderRule) => rule.paths.includes('/*');

/**
 * Return a `_headers` file (Netlify, Cloudflare Pages) for the rules under a base path.
 * Astro copies nothing for it: the build writes it into dist/ (src/integrations/headers.ts).
 */
export function toHeadersFile(rules: readonly HeaderRule[] = HEADER_RULES, base = '/'): string {
  const lines = [
    '# Response headers for Netlify and Cloudflare Pages, written by the build from',
    '# src/lib/deploy/headers.ts (edit the rules there, not this file).',
  ];
  for (const rule of rules) {
    lines.push('', `# ${rule.why}`);
    for (const path of rule.paths) {
      lines.push(patternUnderBase(path, base));
      for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

/** Options of the nginx server block. */
export interface NginxOptions {
  /** The folder dist/ was copied to. */
  root: string;
  /** The site's base path (CASETRAIL_BASE), `/` by default. */
  base?: string;
  /** `server_name`; `_` answers any host. */
  serverName?: string;
  /** `listen`; 80 by default. */
  listen?: string;
  /** nginx's MIME type list, which a `types` block in the server must repeat; Debian's by default. */
  mimeTypes?: string;
}

// nginx reads a double-quoted string with backslash escapes.
const quote = (value: string) => `"${value.replace(/["\\]/g, '\\$&')}"`;

// nginx drops server-level add_header lines in any location that has its own, so every location
// repeats the site-wide headers; `always` sends them on 404s too.
function addHeaders(headers: Record<string, string>, indent: string): string[] {
  return Object.entries(headers).map(
    ([name, value]) => `${indent}add_header ${name} ${quote(value)} always;`,
  );
}

/**
 * Return an nginx `server { … }` block that serves dist/ with the same headers as `_headers`:
 * one regex location per rule, the site-wide headers in each, HTML revalidated by default,
 * the site's 404 page, and the iCalendar type nginx's mime.types lacks.
 */
export function toNginxServer(
  options: NginxOptions,
  rules: readonly HeaderRule[] = HEADER_RULES,
): string {
  const base = options.base ?? '/';
  const siteWide = Object.assign({}, ...rules.filter(isSiteWide).map((r) => r.headers)) as Record<
    string,
    string
  >;
  const lines = [
    '# Casetrail: an nginx server block, written by `npm run deploy:nginx` from',
    '# src/lib/deploy/headers.ts. Include it inside `http { }`.',
    'server {',
    `    listen ${options.listen ?? '80'};`,
    `    server_name ${options.serverName ?? '_'};`,
    `    root ${quote(options.root)};`,
    '    index index.html;',
    '    charset utf-8;',
    // A `types` block here replaces the http block's list, so it includes that list first.
    `    include ${options.mimeTypes ?? '/etc/nginx/mime.types'};`,
    '    types { text/calendar ics; }',
    `    error_page 404 ${patternUnderBase('/404.html', base)};`,
  ];
  for (const rule of rules.filter((r) => !isSiteWide(r))) {
    const alternatives = rule.paths.map((p) =>
      patternToRegExpSource(patternUnderBase(p, base)).slice(1, -1),
    );
    lines.push(
      '',
      `    # ${rule.why}`,
      `    location ~ ${quote(`^(?:${alternatives.join('|')})$`)} {`,
      ...addHeaders({ ...siteWide, ...rule.headers }, '        '),
      '        try_files $uri =404;',
      '    }',
    );
  }
  lines.push(
    '',
    '    # Pages and everything else: revalidate on each visit.',
    '    location / {',
    ...addHeaders({ ...siteWide, 'Cache-Control': CACHE_CONTROL.REVALIDATE }, '        '),
    '        try_files $uri $uri/ =404;',
    '    }',
    '}',
  );
  return `${lines.join('\n')}\n`;
}
