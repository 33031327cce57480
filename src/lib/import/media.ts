import { slugFromText } from '../editor/slug';
import { htmlToText } from './html-to-mdx';

/** A slide's `media` as TimelineJS writes it. */
export interface TimelineMedia {
  url?: string;
  caption?: string;
  credit?: string;
  title?: string;
  link?: string;
  alt?: string;
  thumbnail?: string;
}

/** What an import keeps of a slide's media: a web address to show, or a quotation. */
export type SlideMedia =
  | { kind: 'none'; credit: string; caption: string }
  | { kind: 'web'; url: string; audio: boolean; credit: string; caption: string }
  | { kind: 'quote'; text: string; credit: string; caption: string }
  | { kind: 'unusable'; what: string; credit: string; caption: string };

const AUDIO =
  /\.(mp3|m4a|ogg|oga|wav|flac|aac)(\?|#|$)|^https?:\/\/(www\.)?(soundcloud\.com|open\.spotify\.com)\//i;

/**
 * Return an http(s) address from what a file gives, or undefined. A protocol-relative address
 * (`//upload.wikimedia.org/…`, common in TimelineJS files) is read as https.
 */
export function webUrl(value: string | undefined): string | undefined {
  let url = value?.trim();
  if (url?.startsWith('//')) url = `https:${url}`;
  return url && /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(url) && URL.canParse(url) ? url : undefined;
}

/** Return what a slide's media is: a web address (image, page, audio), a quotation, or neither. */
export function readMedia(media: TimelineMedia | undefined): SlideMedia {
  const credit = htmlToText(media?.credit ?? '');
  const caption = htmlToText(media?.caption ?? '');
  const raw = media?.url?.trim() ?? '';
  if (!raw) return { kind: 'none', credit, caption };
  // TimelineJS shows a <blockquote> given as the media "url" as a quotation.
  if (/^<blockquote[\s>]/i.test(raw)) {
    const text = htmlToText(raw);
    return text ? { kind: 'quote', text, credit, caption } : { kind: 'none', credit, caption };
  }
  const url = webUrl(raw);
  if (url) return { kind: 'web', url, audio: AUDIO.test(url), credit, caption };
  return {
    kind: 'unusable',
    what: raw.startsWith('<')
      ? `is an embedded <${/^<([a-z0-9-]+)/i.exec(raw)?.[1]?.toLowerCase() ?? 'html'}>, not a web address`
      : `"${raw.slice(0, 80)}" is not a web address`,
    credit,
    caption,
  };
}

/** Return a readable title for a page known only by its address: its last path words, then its host. */
export function titleFromUrl(url: string): string {
  const { hostname, pathname } = new URL(url);
  const host = hostname.replace(/^www\./, '');
  const last = decodeURIComponent(pathname.split('/').filter(Boolean).at(-1) ?? '')
    .replace(/\.[a-z0-9]{2,4}$/i, '')
    .replace(/[_+-]+/g, ' ')
    .trim();
  // A path of words ("Roman_Empire") names the page; a map's "@51.5,-0.1,12z" does not.
  return /^[\p{L}][\p{L}\p{N} ,'()]{2,80}$/u.test(last) ? `${last} (${host})` : host;
}

/** Return a source id for citing: from the publisher or title, or the site's name for an address. */
export function sourceIdFor(
  source: { title: string; publisher?: string; url?: string },
  fromUrl: boolean,
): string {
  if (!fromUrl || source.publisher) return slugFromText(source.publisher ?? source.title, 40);
  const labels = new URL(source.url as string).hostname.replace(/^www\./, '').split('.');
  // "en.wikipedia.org" → "wikipedia", "maps.google.com" → "google": the name, not the whole address.
  return slugFromText(labels.length >= 2 ? (labels.at(-2) as string) : labels.join('-'), 40);
}

/**
 * Return the MDX of an author `<Media>` element. Attribute values are literal strings (content
 * may hold no expressions): a value with a double quote is single-quoted, and one with both
 * kinds has its double quotes made typographic.
 */
export function mediaElement(media: { url: string; credit: string; caption: string }): string {
  const attr = (name: string, raw: string) => {
    const value = raw.replace(/\s+/g, ' ').trim();
    if (!value) return '';
    if (!value.includes('"')) return ` ${name}="${value}"`;
    if (!value.includes("'")) return ` ${name}='${value}'`;
    return ` ${name}="${value.replace(/"([^"]*)"/g, '“$1”').replace(/"/g, '”')}"`;
  };
  return `<Media${attr('src', media.url)}${attr('credit', media.credit)}${attr('caption', media.caption)} />`;
}
