import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** The address the site is built for, read the way astro.config.mjs reads it. */
export const SITE = process.env.CASETRAIL_SITE || 'https://casetrail.example';

/** The base path the site is built under, always with slashes at both ends. */
export const BASE = `/${(process.env.CASETRAIL_BASE || '/').replace(/^\/+|\/+$/g, '')}/`.replace(
  '//',
  '/',
);

// What a build reads: when none of it changed since dist/index.html was written, dist/ is fresh.
const BUILD_INPUTS = ['src', 'public', 'astro.config.mjs', 'package.json', 'package-lock.json'];

/** Return every file under a folder, as slash-separated paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  return files.sort();
}

/** Return the newest modification time (ms) of the files under the given paths. */
export function newestMtime(root: string, paths: string[]): number {
  let newest = 0;
  for (const path of paths.map((p) => join(root, p))) {
    if (!existsSync(path)) continue;
    const files = statSync(path).isDirectory() ? listFiles(path).map((f) => join(path, f)) : [path];
    for (const file of files) newest = Math.max(newest, statSync(file).mtimeMs);
  }
  return newest;
}

/**
 * Say why dist/ cannot be reused, or return undefined when it can: it exists, was built for this
 * SITE and BASE (its home page's canonical URL says so) and is newer than every build input.
 */
export function staleDistReason(root: string, dist: string, content: string): string | undefined {
  const home = join(dist, 'index.html');
  if (!existsSync(home)) return `${home} does not exist`;
  const expected = new URL(BASE, SITE).href;
  if (!readFileSync(home, 'utf8').includes(`<link rel="canonical" href="${expected}"`)) {
    return `dist/ was not built for ${expected} (CASETRAIL_SITE/CASETRAIL_BASE changed)`;
  }
  const newest = newestMtime(root, [...BUILD_INPUTS, content]);
  if (newest > statSync(home).mtimeMs) return 'a source file changed after the last build';
  return undefined;
}

/** Return the dist/ path of every HTML page, sorted. */
export function htmlPages(dist: string): string[] {
  return listFiles(dist).filter((file) => file.endsWith('.html'));
}

/** Turn a dist/ file into the site path (without the base) a reader asks for: a/index.html → a/. */
export function fileToSitePath(file: string): string {
  return file === 'index.html' ? '' : file.replace(/(^|\/)index\.html$/, '$1');
}

/** One kind of page: the pages that share a route pattern, such as every `/cases/<case>/`. */
export interface PageType {
  /** A readable name: "case", "event", "not found". */
  name: string;
  /** The route pattern, `*` standing for a parameter. */
  pattern: string;
  /** The site path (without the base) of the page that stands for the type. */
  path: string;
  /** The HTTP status the server answers with. */
  status: number;
}

// Readable names for the routes of DESIGN.md; a route not listed here is named by its pattern.
const TYPE_NAMES: Record<string, string> = {
  '/': 'home',
  '/cases/': 'case list',
  '/cases/*/': 'case',
  '/events/': 'event list',
  '/events/*/': 'event',
  '/actors/': 'actor list',
  '/actors/*/': 'actor',
  '/search/': 'search',
  '/embed/*/': 'embed',
  '/about/': 'about',
};

/** A path no route will ever answer: the server must reply with the 404 page. */
export const MISSING_PATH = 'casetrail-e2e-no-such-page/';

/**
 * Return one page of each route pattern found in dist/ (every segment after the first is a
 * parameter), the largest of its kind since it has the most to go wrong, plus the 404 page.
 */
export function pageTypes(dist: string): PageType[] {
  const byPattern = new Map<string, { path: string; size: number }>();
  for (const file of htmlPages(dist)) {
    if (file === '404.html') continue;
    const path = fileToSitePath(file);
    const segments = path.split('/').filter(Boolean);
    const pattern =
      `/${segments.map((s, i) => (i === 0 ? s : '*')).join('/')}${path.endsWith('.html') ? '' : '/'}`.replace(
        '//',
        '/',
      );
    const size = statSync(join(dist, file)).size;
    const best = byPattern.get(pattern);
    if (!best || size > best.size) byPattern.set(pattern, { path, size });
  }
  const types = [...byPattern].map(([pattern, { path }]) => ({
    name: TYPE_NAMES[pattern] ?? pattern,
    pattern,
    path,
    status: 200,
  }));
  if (existsSync(join(dist, '404.html'))) {
    types.push({ name: 'not found', pattern: '404', path: MISSING_PATH, status: 404 });
  }
  return types;
}

/** Turn a page type's name into a file name: "case list" → "case-list". */
export function slugOf(name: string): string {
  return (
    name
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase() || 'page'
  );
}
