/** A picture, recording or page shown with an event: `<Media src credit caption />` in its body. */
export interface MediaItem {
  /** Its http(s) address. */
  src: string;
  /** Who made or owns it ("Photo: Example Agency"). */
  credit?: string;
  /** What it shows. */
  caption?: string;
}

const IMAGE = /\.(jpe?g|png|gif|webp|avif|svg)(\?|#|$)/i;

/** Return whether an address is a picture a browser shows inline (by its file type). */
export function isImageUrl(src: string): boolean {
  return IMAGE.test(new URL(src).pathname) || IMAGE.test(src);
}

/**
 * Return a `<Media>` element's attributes checked: `src` must be an http(s) address. Throws an
 * error that names the component, the attribute and the fix.
 */
export function checkMedia(
  props: { src?: unknown; credit?: unknown; caption?: unknown },
  file: string,
): MediaItem {
  const src = typeof props.src === 'string' ? props.src.trim() : '';
  if (!/^https?:\/\//i.test(src) || !URL.canParse(src))
    throw new Error(
      `${file}: <Media src>: found ${src ? `"${src}"` : 'no src'}; expected the http(s) address of the picture or page, like <Media src="https://example.org/photo.jpg" credit="…" caption="…" />`,
    );
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
  return { src, credit: text(props.credit), caption: text(props.caption) };
}

/**
 * Return every `<Media>` of an MDX body, in order, for the views that do not render MDX (the
 * TimelineJS export, the data API). Attribute values are plain strings, as the content check
 * requires; one without an http(s) `src` is skipped (the build refuses it anyway).
 */
export function mediaInBody(body: string): MediaItem[] {
  const items: MediaItem[] = [];
  for (const [, attrs] of body.matchAll(/<Media\b((?:\s+[a-z]+=(?:"[^"]*"|'[^']*'))*)\s*\/?>/g)) {
    const props: Record<string, string> = {};
    for (const [, name, double, single] of (attrs ?? '').matchAll(
      /([a-z]+)=(?:"([^"]*)"|'([^']*)')/g,
    ))
      props[name as string] = double ?? single ?? '';
    try {
      items.push(checkMedia(props, ''));
    } catch {
      // The build reports it with the file; an export simply leaves it out.
    }
  }
  return items;
}

/** Return the first `<Quote source>` of an MDX body: its source id and its text, unescaped. */
export function quoteInBody(body: string): { source: string; text: string } | undefined {
  const match = /<Quote\s+source=(?:"([^"]*)"|'([^']*)')\s*>([\s\S]*?)<\/Quote>/.exec(body);
  if (!match) return undefined;
  const text = (match[3] ?? '')
    // Markup inside goes; an escaped "\\<" is text and stays.
    .replace(/(?<!\\)<[^>]*(?<!\\)>/g, '')
    .replace(/\\([\\`*_{}[\]<>()#+\-.!|~&=])/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  return text ? { source: match[1] ?? match[2] ?? '', text } : undefined;
}

/** How a card shows its event's media: a small picture with its credit, or a labelled link. */
export interface CardMediaView {
  src: string;
  image: boolean;
  /** The image's text alternative: its caption, else nothing (decorative beside the title). */
  alt: string;
  /** The link text of a page or recording: its caption, else its site. */
  label: string;
  credit?: string;
}

/** Return how a card shows a media item. */
export function cardMediaView(media: MediaItem): CardMediaView {
  const host = new URL(media.src).hostname.replace(/^www\./, '');
  return {
    src: media.src,
    image: isImageUrl(media.src),
    alt: media.caption ?? '',
    label: media.caption ?? host,
    ...(media.credit && { credit: media.credit }),
  };
}
