// Fonts are inlined by Vite (`?inline`), so the build never depends on where it runs from or
// on the network. Noto Sans, SIL Open Font License 1.1: see src/assets/fonts/OFL.txt.
import latin400 from '../assets/fonts/noto-sans-latin-400-normal.woff?inline';
import latin700 from '../assets/fonts/noto-sans-latin-700-normal.woff?inline';
import ext400 from '../assets/fonts/noto-sans-latin-ext-400-normal.woff?inline';
import ext700 from '../assets/fonts/noto-sans-latin-ext-700-normal.woff?inline';
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  CARD_COLOURS,
  cardFonts,
  cardTree,
  renderCardPng,
  titleSize,
  truncate,
  type CardText,
} from '../lib/og/card';
import { CARD_HEIGHT, CARD_WIDTH } from '../lib/og/size';
import {
  CARD_WORKER_SOURCE,
  cardWorkerCount,
  createCardPool,
  type CardPool,
  type PoolFont,
} from './card-pool';
import { cacheDir } from '../lib/cache-dir';

let draw: ((card: CardText) => Promise<Uint8Array>) | undefined;

/** Return how cards are drawn in this build: by the worker pool, or on the main thread when it has no workers. */
function drawer(): (card: CardText) => Promise<Uint8Array> {
  const fonts = cardFonts([latin400, latin700, ext400, ext700].map(fromDataUrl));
  const workers = cardWorkerCount();
  if (workers === 0) return (card) => renderCardPng(card, fonts);
  const pool: CardPool = createCardPool(fonts as PoolFont[], workers);
  return (card) => pool.render({ tree: cardTree(card), width: CARD_WIDTH, height: CARD_HEIGHT });
}

function fromDataUrl(url: string): Buffer {
  return Buffer.from(url.slice(url.indexOf(',') + 1), 'base64');
}

// A card takes tens of milliseconds to draw; with thousands of events that dominates a build.
// Cards are drawn on worker threads (./card-pool.ts) and kept in the build cache under a hash of
// their text, the drawing code, the colours and every font, so a rebuild draws only the cards
// whose text changed.
const CARD_VERSION = createHash('sha256')
  .update(cardTree.toString())
  .update(truncate.toString())
  .update(titleSize.toString())
  .update(JSON.stringify(CARD_COLOURS))
  .update(CARD_WORKER_SOURCE)
  .update(renderCardPng.toString())
  .update(latin400)
  .update(latin700)
  .update(ext400)
  .update(ext700)
  .digest('hex')
  .slice(0, 12);

async function cachedPng(card: CardText): Promise<Uint8Array> {
  const key = createHash('sha256').update(CARD_VERSION).update(JSON.stringify(card)).digest('hex');
  const file = join(cacheDir(), 'og', `${key}.png`);
  const hit = await readFile(file).catch(() => undefined);
  if (hit) return hit;
  draw ??= drawer();
  const png = await draw(card);
  await mkdir(join(cacheDir(), 'og'), { recursive: true });
  await writeFile(file, png);
  return png;
}

/** Return a social card as a PNG response, drawn once per distinct text. */
export async function cardResponse(card: CardText): Promise<Response> {
  const png = await cachedPng(card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
