/** What a reader downloads for one built page: HTML, CSS and the whole static JS module graph. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Gzipped bytes of one page as a reader first loads it, and the files counted. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
  files: string[];
}

// `import … from "x"`, `import "x"` and `export … from "x"`, but not `import("x")`: dynamic
// imports load later (search opens, a widget scrolls into view), so they are not first-load bytes.
const STATIC_IMPORT =
  /(?:^|[^.\w$])(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g;

/** Return the specifiers a module statically imports, in order, without duplicates. */
export function staticImports(code: string): string[] {
  return [...new Set([...code.matchAll(STATIC_IMPORT)].map((m) => m[1] as string))];
}

/** Return the same-site URLs (paths) of a page's stylesheets, module scripts and modulepreloads. */
export function pageAssets(html: string): { css: string[]; js: string[] } {
  const tags = [...html.matchAll(/<(link|script)\b[^>]*>/g)].map((m) => m[0]);
  const attr = (tag: string, name: string) =>
    new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`)
      .exec(tag)
      ?.slice(1)
      .find((v) => v !== undefined);
  const css: string[] = [];
  const js: string[] = [];
  for (const tag of tags) {
    if (tag.startsWith('<link')) {
      const rel = attr(tag, 'rel') ?? '';
      const href = attr(tag, 'href');
      if (href && rel === 'stylesheet') css.push(href);
      if (href && rel === 'modulepreload') js.push(href);
    } else {
      const src = attr(tag, 'src');
      if (src) js.push(src);
    }
  }
  return { css, js };
}

/** Return every file of a module graph, from entry URLs, following static imports in `read`'s files. */
export function moduleGraph(
  entries: readonly string[],
  read: (path: string) => string | null,
): string[] {
  const seen = new Set<string>();
  const queue = entries.map((url) => new URL(url, 'http://site.invalid/').pathname);
  while (queue.length > 0) {
    const path = queue.shift() as string;
    if (seen.has(path)) continue;
    const code = read(path);
    if (code === null) continue;
    seen.add(path);
    for (const specifier of staticImports(code)) {
      // Bare specifiers ("d3-zoom") cannot load in a browser without an import map; skip them.
      if (!/^(\.{1,2}\/|\/)/.test(specifier)) continue;
      queue.push(new URL(specifier, `http://site.invalid${path}`).pathname);
    }
  }
  return [...seen];
}

const gz = (data: string | Buffer) => gzipSync(data, { level: 9 }).length;

/** Return the gzipped weight of a built page: HTML, same-site CSS, and every JS module it loads at once. */
export function measurePage(dist: string, pagePath: string, base = '/'): PageWeight {
  const html = readFileSync(join(dist, pagePath), 'utf8');
  const local = (url: string): string | null => {
    if (!url.startsWith(base)) return null;
    const file = join(dist, decodeURIComponent(url.slice(base.length)));
    return existsSync(file) ? file : null;
  };
  const read = (url: string) => {
    const file = local(url);
    return file ? readFileSync(file, 'utf8') : null;
  };
  const assets = pageAssets(html);
  const cssFiles = [
    ...new Set(assets.css.filter((u) => u.startsWith('/') && !u.startsWith('//'))),
  ].filter((u) => local(u));
  const jsFiles = moduleGraph(
    assets.js.filter((u) => u.startsWith('/') && !u.startsWith('//')),
    read,
  );
  const weigh = (urls: string[]) =>
    urls.reduce((sum, u) => sum + gz(readFileSync(local(u) as string)), 0);
  const weights = { html: gz(html), css: weigh(cssFiles), js: weigh(jsFiles) };
  return {
    ...weights,
    total: weights.html + weights.css + weights.js,
    files: [pagePath, ...cssFiles, ...jsFiles],
  };
}

/** Return the gzipped bytes of a module and everything it statically imports (an entry like /embed.js). */
export function measureModule(
  dist: string,
  url: string,
): { bytes: number; files: string[] } | null {
  const read = (path: string) => {
    const file = join(dist, path);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  };
  const files = moduleGraph([url], read);
  if (files.length === 0) return null;
  return { bytes: files.reduce((sum, f) => sum + gz(readFileSync(join(dist, f))), 0), files };
}
