// Fonts are inlined by Vite (`?inline`), so the build never depends on where it runs from or
// on the network. Noto Sans, SIL Open Font License 1.1: see src/assets/fonts/OFL.txt.
import latin400 from '../assets/fonts/noto-sans-latin-400-normal.woff?inline';
import latin700 from '../assets/fonts/noto-sans-latin-700-normal.woff?inline';
import ext400 from '../assets/fonts/noto-sans-latin-ext-400-normal.woff?inline';
import ext700 from '../assets/fonts/noto-sans-latin-ext-700-normal.woff?inline';
import { createHash } from 'node:crypto';
import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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

function cardFile(card: CardText): string {
  const key = createHash('sha256').update(CARD_VERSION).update(JSON.stringify(card)).digest('hex');
  return join(cacheDir(), 'og', `${key}.png`);
}

// The cache folder of cards, made once per build (every card is in the same folder).
let ogFolder: Promise<unknown> | undefined;

// Cards being drawn, by cache file; a file leaves this map once it is completely written.
const drawing = new Map<string, Promise<void>>();

/** Draw a card into the build cache unless it is there already; resolve once its file is written. */
function drawIntoCache(card: CardText, file: string): Promise<void> {
  let job = drawing.get(file);
  if (!job) {
    job = (async () => {
      if (
        await access(file).then(
          () => true,
          () => false,
        )
      )
        return;
      draw ??= drawer();
      const png = await draw(card);
      ogFolder ??= mkdir(dirname(file), { recursive: true });
      await ogFolder;
      await writeFile(file, png);
    })().finally(() => drawing.delete(file));
    drawing.set(file, job);
  }
  return job;
}

async function cachedPng(card: CardText): Promise<Uint8Array> {
  const file = cardFile(card);
  await drawing.get(file);
  const hit = await readFile(file).catch(() => undefined);
  if (hit) return hit;
  await drawIntoCache(card, file);
  return readFile(file);
}

/**
 * Start drawing every card of the build on the worker pool, a few at a time, and return at once.
 *
 * Astro renders one route after another, so cards drawn only when their own route comes up keep
 * the workers idle while pages render and the main thread idle while cards draw (at 10,000
 * events: two minutes of pages, then five of cards, on a loaded machine). Drawn ahead, they fill
 * the cores the page routes leave free, and the card routes find them in the cache. Not in
 * `astro dev`, and not without workers (cards would then compete with pages for the main thread).
 */
export function drawCardsAhead(cards: readonly CardText[]): void {
  if (import.meta.env.DEV) return;
  const workers = cardWorkerCount();
  if (workers === 0) return;
  let next = 0;
  const lane = async () => {
    while (next < cards.length) {
      const card = cards[next++] as CardText;
      // A card that fails here fails again in its route, which reports it with the page.
      await drawIntoCache(card, cardFile(card)).catch(() => undefined);
    }
  };
  for (let i = 0; i < workers * 2; i++) void lane();
}

/** Return a social card as a PNG response, drawn once per distinct text. */
export async function cardResponse(card: CardText): Promise<Response> {
  const png = await cachedPng(card);
  return new Response(png as Uint8Array<ArrayBuffer>, { headers: { 'Content-Type': 'image/png' } });
}
