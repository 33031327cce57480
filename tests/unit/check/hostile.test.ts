import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkContentTree } from '../../../src/lib/check/check';
import { formatProblem } from '../../../src/lib/model/problems';
import { HOSTILE_PROBLEMS, HOSTILE_TREE } from '../../helpers/hostile';
import { ROOT } from '../../helpers/site';

const TODAY = '2026-11-28';

function errorLines(root: string): string[] {
  return checkContentTree(root, { today: TODAY }, root)
    .problems.filter((p) => p.severity === 'error')
    .map(formatProblem);
}

describe('checkContentTree', () => {
  const lines = errorLines(join(ROOT, HOSTILE_TREE));

  test.each(HOSTILE_PROBLEMS)('refuses %s with one line: …%s…', (where, what) => {
    const line = lines.find((l) => l.startsWith(`${where}: found`) && l.includes(what));
    expect(
      line,
      `no line starts "${where}" and says "${what}":\n${lines.join('\n')}`,
    ).toBeDefined();
  });

  test('reports every hostile input in one run, and nothing else', () => {
    expect(lines).toHaveLength(HOSTILE_PROBLEMS.length);
  });

  test('quotes a YAML alias bomb in a short line, not its expansion', () => {
    const bomb = lines.find((l) => l.includes('alias-bomb.mdx'));
    expect(bomb?.length).toBeLessThan(300);
  });

  const tmp = join(ROOT, 'tests/.tmp/check-trees');
  test.each([
    ['a folder that does not exist', 'missing', [], 'CASETRAIL_CONTENT: found no such folder'],
    [
      'an empty folder',
      'empty',
      [],
      '(folder): found an empty content folder; expected at least one case',
    ],
    [
      'a folder with actors but no cases',
      'no-cases',
      ['actors/demo-court.yaml'],
      '(folder): found no case files; expected at least one case',
    ],
  ])('refuses %s in one line', (_, name, files, expected) => {
    const root = join(tmp, name);
    rmSync(root, { recursive: true, force: true });
    if (name !== 'missing') mkdirSync(root, { recursive: true });
    for (const file of files) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), 'name: Demo Court\nkind: court\n');
    }
    const found = errorLines(root);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain(expected);
  });
});
