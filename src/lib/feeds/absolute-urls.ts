import { escapeHTML } from 'astro/runtime/server/escape.js';

// Astro writes every attribute value double-quoted and escapes `"` in text as `&quot;`, so in
// its output `href="` can only start an attribute: a pattern is enough, no HTML parser needed.
const URL_ATTRIBUTE = /(\s(?:href|src|poster|cite)=)"([^"]*)"/g;
const SRCSET_ATTRIBUTE = /(\ssrcset=)"([^"]*)"/g;
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#34;': '"',
  '&#38;': '&',
};

function unescapeAttribute(value: string): string {
  return value.replace(/&(?:amp|lt|gt|quot|#39|#34|#38);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** Return a URL resolved against a page, or the value unchanged when it is absolute or unparseable. */
export function resolveUrl(value: string, pageUrl: string): string {
  const trimmed = value.trim();
  if (trimmed === '' || HAS_SCHEME.test(trimmed)) return value;
  return URL.canParse(trimmed, pageUrl) ? new URL(trimmed, pageUrl).href : value;
}

function resolveAttribute(raw: string, pageUrl: string): string {
  return escapeHTML(resolveUrl(unescapeAttribute(raw), pageUrl));
}

function resolveSrcset(raw: string, pageUrl: string): string {
  const candidates = unescapeAttribute(raw)
    .split(',')
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.trim().split(/\s+/);
      return [resolveUrl(url, pageUrl), ...descriptor].join(' ');
    });
  return escapeHTML(candidates.join(', '));
}

/**
 * Make every relative link and image in HTML that Astro rendered absolute, resolved against
 * the page the HTML comes from, so it still works inside a feed reader.
 */
export function absolutiseUrls(html: string, pageUrl: string): string {
  return html
    .replace(
      URL_ATTRIBUTE,
      (_, name: string, value: string) => `${name}"${resolveAttribute(value, pageUrl)}"`,
    )
    .replace(
      SRCSET_ATTRIBUTE,
      (_, name: string, value: string) => `${name}"${resolveSrcset(value, pageUrl)}"`,
    );
}

// XML 1.0 forbids these code points even when escaped; an MDX body could still carry one.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Remove the characters XML cannot carry (C0 controls, lone surrogates), so a feed stays well-formed. */
export function stripNonXmlCharacters(text: string): string {
  return text.replace(NOT_XML, '');
}
