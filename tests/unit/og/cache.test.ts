import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { cardResponse } from '../../../src/site/og';

const dir = mkdtempSync(join(tmpdir(), 'casetrail-og-'));
process.env.CASETRAIL_CACHE_DIR = dir;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const card = {
  kicker: 'Ruling · Germany',
  title: 'A ruling',
  date: '23 May 2025',
  footer: 'A case',
  siteName: 'Casetrail',
};
const bytes = async (response: Response) => new Uint8Array(await response.arrayBuffer());

describe('cardResponse', () => {
  test('draws a card once and serves the same PNG from the build cache after', async () => {
    const first = await bytes(await cardResponse(card));
    expect(readdirSync(join(dir, 'og'))).toHaveLength(1);
    const second = await bytes(await cardResponse(card));
    expect(second).toEqual(first);
    expect(readdirSync(join(dir, 'og'))).toHaveLength(1);
  });

  test('draws a new card when the text changes', async () => {
    const changed = await bytes(await cardResponse({ ...card, title: 'A corrected ruling' }));
    expect(readdirSync(join(dir, 'og'))).toHaveLength(2);
    expect(changed.slice(0, 8)).toEqual(
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
  });
});
