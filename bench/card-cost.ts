// Social cards before and after the worker pool: `npx tsx bench/card-cost.ts [cards]` draws the
// same cards in-process (renderCardPng, four at a time like the build's page concurrency) and
// through src/site/card-pool.ts, and prints wall time and the main thread's busy time for each.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ROOT } from '../src/harness/root';
import {
  CARD_FONT_FILES,
  cardFonts,
  cardTree,
  renderCardPng,
  type CardText,
} from '../src/lib/og/card';
import { CARD_HEIGHT, CARD_WIDTH } from '../src/lib/og/size';
import { createCardPool, type PoolFont } from '../src/site/card-pool';

const count = Number(process.argv[2] ?? 200);
const fonts = cardFonts(
  CARD_FONT_FILES.map((f) => readFileSync(join(ROOT, 'src/assets/fonts', f.file))),
);
const cards: CardText[] = Array.from({ length: count }, (_, i) => ({
  kicker: 'Ruling · Germany',
  title: `Synthetic event ${i}: court ruling injunction appeal regulator data`,
  date: '23 May 2025',
  footer: 'Synthetic case with every event',
  siteName: 'Casetrail',
}));

/** Draw every card with at most four in flight; return wall and main-thread busy ms per card. */
async function time(draw: (card: CardText) => Promise<Uint8Array>) {
  const elu = performance.eventLoopUtilization();
  const start = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      while (next < cards.length) await draw(cards[next++]!);
    }),
  );
  const used = performance.eventLoopUtilization(elu);
  return { wallMs: (performance.now() - start) / count, mainThreadMs: used.active / count };
}

const pool = createCardPool(fonts as PoolFont[]);
await pool.render({ tree: cardTree(cards[0]!), width: CARD_WIDTH, height: CARD_HEIGHT });
const load = loadavg()[0]!.toFixed(2);
const before = await time((card) => renderCardPng(card, fonts));
const after = await time((card) =>
  pool.render({ tree: cardTree(card), width: CARD_WIDTH, height: CARD_HEIGHT }),
);
await pool.close();
const f = (x: { wallMs: number; mainThreadMs: number }) =>
  `${x.wallMs.toFixed(1)} ms wall, ${x.mainThreadMs.toFixed(1)} ms main thread per card`;
console.log(`${count} cards, load ${load} → ${loadavg()[0]!.toFixed(2)}`);
console.log(`in-process: ${f(before)}`);
console.log(`worker pool: ${f(after)}`);
