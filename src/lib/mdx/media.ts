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

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', lt: '<', gt: '>', apos: "'" };
const decode = (value: string) =>
  value.replace(/&(amp|quot|lt|gt|apos|#(\d+));/g, (_, name: string, code?: string) =>
    code ? String.fromCodePoint(Number(code)) : (ENTITIES[name] as string),
  );

/**
 * Return every `<Media>` of an MDX body, in order, for the views that do not render MDX (the
 * TimelineJS export, the data API). Attribute values are plain strings, as the content check
 * requires; one without an http(s) `src` is skipped (the build refuses it anyway).
 */
export function mediaInBody(body: string): MediaItem[] {
  const items: MediaItem[] = [];
  for (const [, attrs] of body.matchAll(/<Media\b((?:\s+[a-z]+="[^"]*")*)\s*\/?>/g)) {
    const props = Object.fromEntries(
      [...(attrs ?? '').matchAll(/([a-z]+)="([^"]*)"/g)].map(([, k, v]) => [k, decode(v ?? '')]),
    );
    try {
      items.push(checkMedia(props, ''));
    } catch {
      // The build reports it with the file; an export simply leaves it out.
    }
  }
  return items;
}
