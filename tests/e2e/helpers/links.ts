import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { BASE, SITE, fileToSitePath } from './dist';

/** Every attribute that points at another page or an asset, by the elements that carry it. */
const URL_ATTRIBUTES: [selector: string, attribute: string][] = [
  ['a[href], area[href]', 'href'],
  ['link[href]:not([rel~="preconnect"]):not([rel~="dns-prefetch"])', 'href'],
  [
    'script[src], img[src], source[src], track[src], video[src], audio[src], iframe[src], embed[src]',
    'src',
  ],
  ['img[srcset], source[srcset]', 'srcset'],
  ['video[poster]', 'poster'],
  ['object[data]', 'data'],
  ['form[action]', 'action'],
  ['use[href], image[href]', 'href'],
  ['meta[property^="og:"][content], meta[name^="twitter:"][content]', 'content'],
];

/** A reference found in a page: the markup that made it and the URL it resolves to. */
export interface Reference {
  markup: string;
  url: URL;
}

/** Return the site's own address, base path included: every internal URL starts with it. */
export function siteRoot(): URL {
  return new URL(BASE, SITE);
}

/** Return the internal URLs an HTML page of dist/ refers to (external ones are not fetched here). */
export function referencesInPage(file: string, html: string): Reference[] {
  const { document } = parseHTML(html);
  const pageUrl = new URL(fileToSitePath(file), siteRoot());
  const references: Reference[] = [];
  for (const [selector, attribute] of URL_ATTRIBUTES) {
    for (const el of document.querySelectorAll(selector)) {
      const value = el.getAttribute(attribute)?.trim();
      if (!value) continue;
      const candidates =
        attribute === 'srcset'
          ? value.split(',').map((part) => part.trim().split(/\s+/)[0]!)
          : [value];
      for (const candidate of candidates) {
        // Only og:/twitter: values that are URLs point anywhere; the others are text.
        if (attribute === 'content' && !/^(https?:)?\//.test(candidate)) continue;
        let url: URL;
        try {
          url = new URL(candidate, pageUrl);
        } catch {
          references.push({
            markup: `<${el.localName} ${attribute}="${candidate}">`,
            url: new URL('invalid:url'),
          });
          continue;
        }
        if (url.origin === siteRoot().origin || url.protocol === 'invalid:') {
          references.push({ markup: `<${el.localName} ${attribute}="${candidate}">`, url });
        }
      }
    }
  }
  return references;
}

/** Return the absolute URLs of this site that a feed or data file mentions. */
export function referencesInText(text: string, file = ''): Reference[] {
  const root = siteRoot().href.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const matches =
    readableText(text, file).match(new RegExp(`${root}[^\\s"'<>\\]\\\\]*`, 'g')) ?? [];
  // A URL at the end of a sentence or a list keeps none of the punctuation after it.
  const urls = matches.map((raw) => raw.replace(/[.,;:)]+$/, ''));
  return [...new Set(urls)].map((url) => ({ markup: url, url: new URL(url) }));
}

/**
 * Return a data file's text as its readers see it, so URLs can be found in it: iCalendar lines
 * unfolded and unescaped (RFC 5545 folds at 75 octets), XML entities decoded (RSS bodies are
 * HTML escaped inside XML, so twice).
 */
function readableText(text: string, file: string): string {
  if (file.endsWith('.ics'))
    return text
      .replace(/\r?\n[ \t]/g, '')
      .replace(/\\([,;\\nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? ' ' : c));
  if (file.endsWith('.xml')) return decodeEntities(decodeEntities(text));
  return text;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

// Fragments that are application state (the timeline's #event=<id>) or text fragments, not ids;
// #top scrolls to the top of any page by the HTML standard.
const STATE_FRAGMENT = /[=:]|^top$/;

/** Return why an internal URL does not resolve to a file in dist/ (or to an id in it), or undefined. */
export function unresolved(
  dist: string,
  url: URL,
  idsOf: (file: string) => Set<string>,
): string | undefined {
  if (url.protocol === 'invalid:') return 'is not a valid URL';
  const root = siteRoot();
  if (!url.pathname.startsWith(root.pathname)) return `is outside the base path ${root.pathname}`;
  const path = decodeURIComponent(url.pathname.slice(root.pathname.length));
  const candidates =
    path === '' || path.endsWith('/')
      ? [`${path}index.html`]
      : [path, `${path}/index.html`, `${path}.html`];
  const file = candidates.find(
    (candidate) => existsSync(join(dist, candidate)) && statSync(join(dist, candidate)).isFile(),
  );
  if (!file) return `is not in dist/ (looked for ${candidates.join(', ')})`;
  const fragment = decodeURIComponent(url.hash.slice(1));
  if (
    fragment &&
    file.endsWith('.html') &&
    !STATE_FRAGMENT.test(fragment) &&
    !idsOf(file).has(fragment)
  ) {
    return `points to #${fragment}, but ${file} has no element with that id`;
  }
  return undefined;
}

/** Return a function that lists the ids (and a[name]s) of a dist/ page, reading each page once. */
export function idReader(dist: string): (file: string) => Set<string> {
  const cache = new Map<string, Set<string>>();
  return (file) => {
    let ids = cache.get(file);
    if (!ids) {
      const { document } = parseHTML(readFileSync(join(dist, file), 'utf8'));
      ids = new Set(
        [...document.querySelectorAll('[id], a[name]')].map(
          (el) => el.getAttribute('id') ?? el.getAttribute('name') ?? '',
        ),
      );
      cache.set(file, ids);
    }
    return ids;
  };
}
