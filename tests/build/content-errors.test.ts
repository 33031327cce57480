import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli';
import { copyFixture, editFile, writeTreeFile } from '../helpers/fixtures';
import { HOSTILE_PROBLEMS, HOSTILE_TREE } from '../helpers/hostile';
import { buildSite, ROOT } from '../helpers/site';

/** Build a broken copy of the valid fixture and return everything the build printed. */
async function buildBroken(name: string, breakIt: (tree: string) => void): Promise<string> {
  const tree = copyFixture('valid', `broken-${name}`);
  breakIt(tree);
  try {
    await buildSite({ outDir: `tests/.tmp/broken-${name}-dist`, env: { CASETRAIL_CONTENT: tree } });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    // Strip colours so the assertions read the text an editor reads.
    // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
    return `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, '');
  }
  throw new Error(`the build of broken content "${name}" succeeded; it must fail`);
}

const FILING = 'events/demo/demo-filing.mdx';
const RULING = 'events/demo/demo-ruling.mdx';

describe.concurrent('a build with bad content fails naming the file, field, value and fix', () => {
  test.each([
    [
      'impossible-month',
      (t: string) => editFile(t, FILING, 'date: 2025-03', 'date: 2025-13-45'),
      ['demo-filing.mdx: date: found "2025-13-45"; expected a real date (month 13 does not exist)'],
    ],
    [
      'impossible-day',
      (t: string) => editFile(t, FILING, 'date: 2025-03', 'date: "2025-02-30"'),
      [
        'demo-filing',
        'demo-filing.mdx',
        'date: found "2025-02-30"; expected a real date (February 2025 has 28 days, so day 30 does not exist)',
      ],
    ],
    [
      'end-before-start',
      (t: string) => editFile(t, FILING, 'date: 2025-03', 'date: 2025-05-23/2025-05-01'),
      ['demo-filing.mdx', 'date: found "2025-05-23/2025-05-01"; expected an end after the start'],
    ],
    [
      'unknown-actor',
      (t: string) =>
        editFile(
          t,
          FILING,
          '{ id: demo-group, role: applicant }',
          '{ id: demo-grop, role: applicant }',
        ),
      [
        'demo-filing.mdx: actors[0].id: found "demo-grop"; expected the id of a known actor; did you mean "demo-group"?',
      ],
    ],
    [
      'unknown-case',
      (t: string) => editFile(t, FILING, 'cases: [demo-case]', 'cases: [demo-cases]'),
      [
        'demo-filing.mdx: cases[0]: found "demo-cases"; expected the id of a known case; did you mean "demo-case"?',
      ],
    ],
    [
      'missing-link-target',
      (t: string) => editFile(t, RULING, 'event: demo-filing', 'event: demo-filling'),
      [
        'demo-ruling.mdx: links[0].event: found "demo-filling"; expected the id of a known event; did you mean "demo-filing"?',
      ],
    ],
    [
      'no-sources',
      (t: string) => editFile(t, FILING, /sources:\n.*\n/, 'sources: []\n'),
      ['demo-filing.mdx', 'sources: found []; expected at least one source'],
    ],
    [
      'ftp-source-url',
      (t: string) => editFile(t, RULING, 'https://example.org/ruling', 'ftp://example.org/ruling'),
      [
        'demo-ruling.mdx',
        'sources[0].url: found "ftp://example.org/ruling"; expected an http:// or https:// address',
      ],
    ],
    [
      'duplicate-id',
      (t: string) =>
        writeTreeFile(
          t,
          'events/other-folder/demo-filing.mdx',
          '---\ntitle: Copy\nsummary: Copy.\ndate: 2025-03\nkind: filing\ncases: [demo-case]\nsources: [{ title: S }]\npublished: 2026-01-10\n---\n',
        ),
      ['demo-filing', 'events/demo/demo-filing.mdx', 'events/other-folder/demo-filing.mdx'],
    ],
  ])('%s', async (name, breakIt, expected) => {
    const output = await buildBroken(name, breakIt);
    for (const text of expected) expect(output).toContain(text);
  });
});

/** Build a content folder that must fail; return its exit code and what it printed, colours stripped. */
async function failedBuild(
  name: string,
  content: string,
): Promise<{ code: number; output: string }> {
  try {
    await buildSite({ outDir: `tests/.tmp/${name}-dist`, env: { CASETRAIL_CONTENT: content } });
  } catch (error) {
    const {
      stdout = '',
      stderr = '',
      code = 0,
    } = error as { stdout?: string; stderr?: string; code?: number };
    // eslint-disable-next-line no-control-regex -- ANSI colour codes start with ESC
    return { code, output: `${stdout}\n${stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
  }
  throw new Error(`the build of ${content} succeeded; it must fail`);
}

/** Return the lines of a report that name a problem in the hostile tree. */
const problemLines = (output: string) =>
  output.split('\n').filter((line) => line.startsWith(`${HOSTILE_TREE}/`));

describe('the hostile tree', () => {
  test('fails the build and npm run check with the same lines, all in one run, no stack trace', async () => {
    const [build, check] = await Promise.all([
      failedBuild('hostile', HOSTILE_TREE),
      runCli('check', ['--content-only'], { CASETRAIL_CONTENT: HOSTILE_TREE }),
    ]);
    expect(build.code).toBe(1);
    expect(check.code).toBe(1);
    const built = problemLines(build.output);
    for (const [where, what] of HOSTILE_PROBLEMS) {
      const line = built.find(
        (l) => l.startsWith(`${HOSTILE_TREE}/${where}: found`) && l.includes(what),
      );
      expect(line, `the build did not report ${where}: ${what}`).toBeDefined();
    }
    expect(built).toHaveLength(HOSTILE_PROBLEMS.length);
    // The same validator: the check's error lines are the build's lines, word for word.
    expect(problemLines(check.stdout).filter((l) => !l.includes(': warning: '))).toEqual(built);
    expect(build.output).not.toMatch(/^\s+at /m);
    // Nothing ran: no page, no feed, no command output was written.
    expect(build.output).not.toContain('uid=');
  }, 300_000);

  const tmp = join(ROOT, 'tests/.tmp/content-folders');
  test.each([
    ['a content folder that does not exist', 'missing', 'CASETRAIL_CONTENT: found no such folder'],
    ['an empty content folder', 'empty', '(folder): found an empty content folder'],
  ])(
    'fails the build for %s, in one line',
    async (_, name, expected) => {
      const folder = join(tmp, name);
      rmSync(folder, { recursive: true, force: true });
      if (name !== 'missing') mkdirSync(folder, { recursive: true });
      const { code, output } = await failedBuild(`folder-${name}`, folder);
      expect(code).toBe(1);
      expect(output).toContain(expected);
      expect(output).not.toMatch(/^\s+at /m);
    },
    120_000,
  );
});
