import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './site';

/** The synthetic content trees of the content check's tests. */
export const CHECK_FIXTURES = join(ROOT, 'tests/fixtures/check');

/** Return a fresh copy of the base fixture tree with one fixture's files laid over it. */
export function overlayTree(fixture: string, name = fixture): string {
  const dir = join(ROOT, 'tests/.tmp/check', name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(join(CHECK_FIXTURES, 'base'), dir, { recursive: true });
  if (fixture !== 'base') cpSync(join(CHECK_FIXTURES, fixture), dir, { recursive: true });
  return dir;
}
