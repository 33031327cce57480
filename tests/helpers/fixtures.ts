import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './site';

/** Copy a fixture content tree into tests/.tmp/<name> and return its path relative to the root. */
export function copyFixture(fixture: string, name: string): string {
  const relative = `tests/.tmp/${name}`;
  const target = join(ROOT, relative);
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(ROOT, 'tests/.tmp'), { recursive: true });
  cpSync(join(ROOT, 'tests/fixtures', fixture), target, { recursive: true });
  return relative;
}

/** Replace text in a file of a copied tree, failing loudly when the text is not there. */
export function editFile(tree: string, file: string, from: string | RegExp, to: string): void {
  const path = join(ROOT, tree, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text)
    throw new Error(`fixture edit did nothing: ${String(from)} not found in ${file}`);
  writeFileSync(path, next);
}

/** Write a file into a copied tree. */
export function writeTreeFile(tree: string, file: string, text: string): void {
  const path = join(ROOT, tree, file);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}
