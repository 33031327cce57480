/** The size social sites show large: 1200×630 (OpenGraph's 1.91:1). */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** A page's social card as BaseLayout writes it into og:image and twitter:image. */
export interface OgImage {
  /** Absolute URL of the PNG. */
  url: string;
  /** What the card shows, for og:image:alt. */
  alt: string;
}

/** Return the site path of a card: `og/events/<id>.png` or `og/cases/<id>.png`, under the base. */
export function ogImagePath(base: string, collection: 'events' | 'cases', id: string): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  return `${root}og/${collection}/${id}.png`;
}
