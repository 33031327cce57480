// Where a URL written by an editor, or read from a case document by the widget, may lead.
// Browser-safe: the embed bundles this file, so it imports nothing.

/** The schemes a link in content may use; everything else (javascript:, data:, vbscript:…) is refused. */
export const LINK_SCHEMES = ['https:', 'http:', 'mailto:'] as const;

// Before reading a scheme, browsers drop leading and trailing C0 controls and spaces and remove
// every tab and newline inside the URL, so `java\tscript:` and ` javascript:` still run.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const EDGE = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const TAB_OR_NEWLINE = /[\t\n\r]/g;

/** Return a URL as a browser reads it before resolving: trimmed of controls, tabs and newlines removed. */
export function normaliseUrl(url: string): string {
  return url.replace(EDGE, '').replace(TAB_OR_NEWLINE, '');
}

/** How a URL in an MDX body is judged: allowed, or refused with the reason. */
export type LinkVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Judge a link or image URL from an MDX body (entities already decoded by the parser): only
 * https:, http:, mailto: (links), or a path on this site (`/events/…`, `../x/`, `#sources`).
 */
export function judgeBodyUrl(url: string, kind: 'link' | 'image'): LinkVerdict {
  const clean = normaliseUrl(url);
  const lower = clean.toLowerCase();
  if (LINK_SCHEMES.some((scheme) => lower.startsWith(scheme))) {
    if (lower.startsWith('mailto:')) return kind === 'link' ? { ok: true } : refuse('mailto:');
    return URL.canParse(clean)
      ? { ok: true }
      : { ok: false, reason: 'an address that does not parse' };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(lower)?.[1];
  if (scheme) return refuse(`${scheme}:`);
  // Browsers read a leading backslash as a slash, so `\\host` and `/\host` leave the site too.
  if (/^[/\\]{2}|^\\/.test(clean))
    return { ok: false, reason: 'an address without a scheme (//…)' };
  if (clean === '') return { ok: false, reason: 'an empty address' };
  if (clean.startsWith('#') && kind === 'image') return { ok: false, reason: 'a fragment' };
  // A path on this site: /events/…, ../other/, chart.png, #sources. No scheme, so nothing runs.
  return { ok: true };
}

function refuse(scheme: string): LinkVerdict {
  return { ok: false, reason: `a ${scheme} address` };
}

/** Return the URL if it is an absolute http: or https: address, else undefined (show it as text). */
export function safeHttpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  let url: URL;
  try {
    url = new URL(normaliseUrl(value));
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}
