// Fonts are inlined by Vite (`?inline`), so the build never depends on where it runs from or
// on the network. Noto Sans, SIL Open Font License 1.1: see src/assets/fonts/OFL.txt.
import latin400 from '../assets/fonts/noto-sans-latin-400-normal.woff?inline';
import latin700 from '../assets/fonts/noto-sans-latin-700-normal.woff?inline';
import ext400 from '../assets/fonts/noto-sans-latin-ext-400-normal.woff?inline';
import ext700 from '../assets/fonts/noto-sans-latin-ext-700-normal.woff?inline';
import { cardFonts, renderCardPng, type CardText } from '../lib/og/card';
import type { Font } from 'satori';

let fonts: Font[] | undefined;

function fromDataUrl(url: string): Buffer {
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
}

/** Return a social card as a PNG response. */
export async function cardResponse(card: CardText): Promise<Response> {
  fonts ??= cardFonts([latin400, latin700, ext400, ext700].map(fromDataUrl));
  const png = await renderCardPng(card, fonts);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
