import { renderAsync } from '@resvg/resvg-js';
import satori, { type Font } from 'satori';
import { CARD_HEIGHT, CARD_WIDTH } from './size';

/** What a social card says, from top to bottom. */
export interface CardText {
  /** A small line above the title: "Ruling · Germany". */
  kicker: string;
  title: string;
  /** The date as readers see it ("April 2025"), with the status when not plain "occurred". */
  date?: string;
  /** The line at the bottom: the case. */
  footer: string;
  siteName: string;
}

/** The card's colours: the site's light theme, so cards match the pages they stand for. */
export const CARD_COLOURS = {
  background: '#fdfdfc',
  text: '#1b1b1f',
  muted: '#55555e',
  accent: '#8a3b12',
  band: '#f2f1ee',
} as const;

/** The longest title a card shows before it is cut with an ellipsis. */
export const MAX_TITLE_LENGTH = 140;

/** Return text cut at a word boundary to `max` characters, with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // When the cut falls just before a space, the last word is whole and stays.
  const space = text[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** Return the title's font size: large for short titles, smaller so long ones fit in three lines. */
export function titleSize(title: string): number {
  if (title.length <= 50) return 68;
  if (title.length <= 90) return 56;
  return 46;
}

type Node = { type: string; props: Record<string, unknown> };
const el = (type: string, style: Record<string, unknown>, children?: unknown): Node => ({
  type,
  props: { style, children },
});

/** Return the card as a satori element tree (plain objects, no JSX). */
export function cardTree(card: CardText): Node {
  const title = truncate(card.title, MAX_TITLE_LENGTH);
  const c = CARD_COLOURS;
  return el(
    'div',
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      display: 'flex',
      flexDirection: 'column',
      backgroundColor: c.background,
      color: c.text,
      fontFamily: "'Noto Sans', 'Noto Sans Latin Ext'",
      borderLeft: `24px solid ${c.accent}`,
    },
    [
      el(
        'div',
        { display: 'flex', flexDirection: 'column', flexGrow: 1, padding: '56px 72px 0 64px' },
        [
          el(
            'div',
            { fontSize: 30, color: c.accent, fontWeight: 700, letterSpacing: 1 },
            card.kicker,
          ),
          el(
            'div',
            { fontSize: titleSize(title), fontWeight: 700, lineHeight: 1.15, marginTop: 24 },
            title,
          ),
          ...(card.date
            ? [el('div', { fontSize: 36, color: c.muted, marginTop: 28 }, card.date)]
            : []),
        ],
      ),
      el(
        'div',
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'center',
          backgroundColor: c.band,
          padding: '28px 72px 28px 64px',
          fontSize: 28,
          color: c.muted,
        },
        [
          el('div', { display: 'flex', maxWidth: 850 }, truncate(card.footer, 70)),
          el('div', { fontWeight: 700, color: c.text }, card.siteName),
        ],
      ),
    ],
  );
}

/** Render a card to PNG bytes with satori (layout to SVG) and resvg (SVG to PNG). */
export async function renderCardPng(card: CardText, fonts: Font[]): Promise<Uint8Array> {
  const svg = await satori(cardTree(card) as Parameters<typeof satori>[0], {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts,
  });
  // resvg rasterises on libuv's thread pool, so with the build's page concurrency the second
  // core draws one card while the main thread lays out the next page.
  // satori draws text as paths, so resvg needs no fonts: loading the system's cost ~3.5 ms a card.
  const options = {
    fitTo: { mode: 'width' as const, value: CARD_WIDTH },
    font: { loadSystemFonts: false },
  };
  return (await renderAsync(svg, options)).asPng();
}

/** The font family cards are set in; Latin Extended is a second family so satori falls back to it per glyph. */
export const CARD_FONT_FILES = [
  { name: 'Noto Sans', weight: 400, file: 'noto-sans-latin-400-normal.woff' },
  { name: 'Noto Sans', weight: 700, file: 'noto-sans-latin-700-normal.woff' },
  { name: 'Noto Sans Latin Ext', weight: 400, file: 'noto-sans-latin-ext-400-normal.woff' },
  { name: 'Noto Sans Latin Ext', weight: 700, file: 'noto-sans-latin-ext-700-normal.woff' },
] as const;

/** Return satori's font list from the font files' bytes, in CARD_FONT_FILES order. */
export function cardFonts(data: readonly (ArrayBuffer | Buffer)[]): Font[] {
  return CARD_FONT_FILES.map((f, i) => ({
    name: f.name,
    weight: f.weight,
    style: 'normal' as const,
    data: data[i] as ArrayBuffer | Buffer,
  }));
}
