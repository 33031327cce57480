import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CARD_FONT_FILES, cardFonts, cardTree, renderCardPng } from '../../../src/lib/og/card';
import { CARD_HEIGHT, CARD_WIDTH } from '../../../src/lib/og/size';
import { cardWorkerCount, createCardPool, type PoolFont } from '../../../src/site/card-pool';
import { ROOT } from '../../helpers/site';
import { pngSize } from '../../helpers/png';

const fonts = cardFonts(
  CARD_FONT_FILES.map((f) => readFileSync(join(ROOT, 'src/assets/fonts', f.file))),
);
const pool = createCardPool(fonts as PoolFont[], 2);
afterAll(() => pool.close());

const card = (title: string) => ({
  kicker: 'Ruling · Germany',
  title,
  date: 'April 2025',
  footer: 'Sample Case',
  siteName: 'Casetrail',
});

describe('createCardPool', () => {
  test.each([['Landgericht Köln: Straße, Łódź, ő'], ['A ruling'], ['Ein Beschluss']])(
    'draws "%s" exactly as the in-process renderer does',
    async (title) => {
      const png = await pool.render({
        tree: cardTree(card(title)),
        width: CARD_WIDTH,
        height: CARD_HEIGHT,
      });
      expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
      expect(Buffer.from(png).equals(Buffer.from(await renderCardPng(card(title), fonts)))).toBe(
        true,
      );
    },
    30_000,
  );

  test('draws more cards than it has workers, each its own', async () => {
    const titles = ['One', 'Two', 'Three', 'Four', 'Five'];
    const pngs = await Promise.all(
      titles.map((t) => pool.render({ tree: cardTree(card(t)), width: 1200, height: 630 })),
    );
    expect(new Set(pngs.map((p) => Buffer.from(p).toString('base64'))).size).toBe(5);
  }, 30_000);

  test('fails with the worker’s reason when a card cannot be drawn', async () => {
    const fontless = createCardPool([], 1);
    try {
      await expect(
        fontless.render({ tree: cardTree(card('A ruling')), width: 1200, height: 630 }),
      ).rejects.toThrow(/social card: the card worker failed: .*No fonts are loaded/);
    } finally {
      await fontless.close();
    }
  }, 30_000);
});

describe('cardWorkerCount', () => {
  test.each([
    [{}, 2, 2],
    [{}, 1, 1],
    [{}, 16, 4],
    [{ CASETRAIL_CARD_WORKERS: '0' }, 2, 0],
    [{ CASETRAIL_CARD_WORKERS: ' 3 ' }, 2, 3],
    [{ CASETRAIL_CARD_WORKERS: '' }, 2, 2],
  ])('with %j on %i cores starts %i workers', (env, cores, workers) => {
    expect(cardWorkerCount(env, cores)).toBe(workers);
  });
  test.each([['two'], ['-1'], ['1.5']])(
    'refuses CASETRAIL_CARD_WORKERS=%s saying what it takes',
    (value) => {
      expect(() => cardWorkerCount({ CASETRAIL_CARD_WORKERS: value }, 2)).toThrow(
        `CASETRAIL_CARD_WORKERS: expected a whole number of worker threads for social cards (0 draws them on the main thread), found "${value}"`,
      );
    },
  );
});
