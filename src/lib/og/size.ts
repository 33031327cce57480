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
