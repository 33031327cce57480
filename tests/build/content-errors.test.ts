import { describe, expect, test } from 'vitest';
import { buildSite } from '../helpers/site';
import { copyFixture, editFile, writeTreeFile } from '../helpers/fixtures';

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
      ['demo-filing.mdx', 'sources: found an empty list; expected at least one source'],
    ],
    [
      'ftp-source-url',
      (t: string) => editFile(t, RULING, 'https://example.org/ruling', 'ftp://example.org/ruling'),
      [
        'demo-ruling.mdx',
        'sources.0.url: found "ftp://example.org/ruling"; expected an http:// or https:// address',
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
