import { describe, expect, test } from 'vitest';
import { runCli } from '../../helpers/cli';
import { overlayTree } from '../../helpers/content-tree';

describe('npm run check --content-only', () => {
  test.each([
    ['base', 0, 0, 0],
    ['only-secondary', 0, 0, 1],
    ['unknown-actor', 1, 1, 0],
  ])(
    'on fixture %s exits %i with %i errors and %i warnings in --json',
    async (fixture, code, errors, warnings) => {
      const dir = overlayTree(fixture, `cli-${fixture}`);
      const result = await runCli('check', ['--content-only', '--json', '--today', '2026-11-28'], {
        CASETRAIL_CONTENT: dir,
      });
      expect(result.code).toBe(code);
      const report = JSON.parse(result.stdout);
      expect(report).toMatchObject({ files: 4, errors, warnings });
      expect(report.problems).toHaveLength(errors + warnings);
    },
    30_000,
  );

  test('prints one line per finding and a summary', async () => {
    const dir = overlayTree('not-archived', 'cli-text');
    const { stdout } = await runCli('check', ['--content-only', '--today', '2026-11-28'], {
      CASETRAIL_CONTENT: dir,
    });
    const lines = stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /2024-01-10-sample-ruling\.mdx: warning: sources\[0\]\.archived: found no archived copy/,
    );
    expect(lines[1]).toBe('0 errors, 1 warning in 4 files');
  }, 30_000);

  test('rejects a --stale-months that is not a whole number', async () => {
    const { code, stderr } = await runCli('check', ['--content-only', '--stale-months', 'soon']);
    expect(code).toBe(2);
    expect(stderr).toContain('--stale-months: found "soon"');
  }, 30_000);
});
