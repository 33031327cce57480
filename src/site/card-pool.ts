// Social cards are drawn by worker threads. A card costs ~30 ms of CPU (satori's layout, resvg's
// rasterising, PNG encoding); on the build's main thread that was the largest single cost of a
// cold build (10,000 events: 681 s with cards against 301 s without). Workers move the whole card
// off the main thread, so Astro keeps rendering pages while every core draws cards.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

// Run as an eval'd CommonJS script, so no bundler has to find a worker file: satori and resvg
// are resolved from the project's node_modules like any build dependency.
export const CARD_WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const ready = Promise.all([import('satori'), import('@resvg/resvg-js')]);
const fonts = workerData.fonts.map((f) => ({ ...f, data: Buffer.from(f.data) }));
parentPort.on('message', async ({ id, tree, width, height }) => {
  try {
    const [{ default: satori }, { Resvg }] = await ready;
    const svg = await satori(tree, { width, height, fonts });
    // satori draws text as paths, so resvg needs no fonts: not loading the system's saves ~20 %.
    const png = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render().asPng();
    parentPort.postMessage({ id, png });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.stack) || error) });
  }
});
`;

/** The variable that sets how many worker threads draw cards; 0 draws them on the main thread. */
export const CARD_WORKERS_ENV = 'CASETRAIL_CARD_WORKERS';

/** Return how many card workers to start: `$CASETRAIL_CARD_WORKERS`, else one per core (at most 4). */
export function cardWorkerCount(
  env: Record<string, string | undefined> = process.env,
  cores = availableParallelism(),
): number {
  const raw = env[CARD_WORKERS_ENV]?.trim();
  if (!raw) return Math.max(1, Math.min(4, cores));
  if (!/^\d+$/.test(raw))
    throw new Error(
      `${CARD_WORKERS_ENV}: expected a whole number of worker threads for social cards (0 draws them on the main thread), found "${raw}"`,
    );
  return Number(raw);
}

/** A font as satori takes it, with its bytes. */
export interface PoolFont {
  name: string;
  weight: number;
  style: 'normal';
  data: Uint8Array;
}

/** A job for the pool: a satori element tree and the card's size. */
export interface CardJob {
  tree: unknown;
  width: number;
  height: number;
}

/** Draw cards on worker threads; `close()` ends the workers. */
export interface CardPool {
  render(job: CardJob): Promise<Uint8Array>;
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  busy: boolean;
}

/** Start `size` workers (see cardWorkerCount) that draw cards with these fonts. */
export function createCardPool(fonts: readonly PoolFont[], size = cardWorkerCount()): CardPool {
  const waiting: { id: number; job: CardJob }[] = [];
  const pending = new Map<number, { done: (png: Uint8Array) => void; fail: (e: Error) => void }>();
  let next = 0;
  const slots: Slot[] = Array.from({ length: Math.max(1, size) }, () => {
    const worker = new Worker(CARD_WORKER_SOURCE, {
      eval: true,
      workerData: { fonts: fonts.map((f) => ({ ...f, data: new Uint8Array(f.data) })) },
    });
    // An idle worker must not keep the build's process alive; a busy one must.
    worker.unref();
    const slot: Slot = { worker, busy: false };
    worker.on('message', (message: { id: number; png?: Uint8Array; error?: string }) => {
      const job = pending.get(message.id);
      pending.delete(message.id);
      slot.busy = false;
      worker.unref();
      if (message.png) job?.done(new Uint8Array(message.png));
      else job?.fail(new Error(`social card: the card worker failed: ${message.error}`));
      dispatch();
    });
    worker.on('error', (error) => {
      for (const job of pending.values())
        job.fail(new Error('social card: a card worker stopped', { cause: error }));
      pending.clear();
    });
    return slot;
  });
  function dispatch(): void {
    for (const slot of slots) {
      if (slot.busy || waiting.length === 0) continue;
      const { id, job } = waiting.shift()!;
      slot.busy = true;
      slot.worker.ref();
      slot.worker.postMessage({ id, ...job });
    }
  }
  return {
    render(job) {
      const id = next++;
      const result = new Promise<Uint8Array>((done, fail) => pending.set(id, { done, fail }));
      waiting.push({ id, job });
      dispatch();
      return result;
    },
    async close() {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
