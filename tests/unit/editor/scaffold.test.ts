import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { AnswerError, collectAnswers } from '../../../src/lib/editor/ask';
import { splitFrontmatter } from '../../../src/lib/editor/frontmatter';
import {
  actorFields,
  caseFields,
  eventFields,
  scaffoldActor,
  scaffoldCase,
  scaffoldEvent,
  type ScaffoldContext,
} from '../../../src/lib/editor/scaffold';
import { writeNewFile } from '../../../src/lib/editor/write';
import { parseYaml } from '../../../src/lib/editor/frontmatter';
import { eventSchema } from '../../../src/schemas/event';
import { caseSchema } from '../../../src/schemas/case';
import { actorSchema } from '../../../src/schemas/actor';

const ctx: ScaffoldContext = {
  caseIds: ['meta-ai-training-eu'],
  actorIds: ['court-cologne', 'meta-platforms'],
  today: '2026-11-28',
  existing: new Map([['events/2025-05-23-taken', 'content/events/x/2025-05-23-taken.mdx']]),
};

const flags = {
  title: 'Court hears the appeal: "Meta" v. {NRW}',
  summary: 'The court heard the appeal.',
  date: '2025-06',
  kind: 'hearing',
  'source-title': 'Report: a # and a : colon',
  'source-publisher': 'Example Press',
  'source-url': 'https://example.org/report',
  actor: ['court-cologne:court'],
};

describe('collectAnswers', () => {
  test('takes every answer from flags and fills the defaults', async () => {
    const answers = await collectAnswers(eventFields(ctx), flags);
    expect(answers).toMatchObject({
      case: 'meta-ai-training-eu',
      status: 'occurred',
      'source-kind': 'secondary',
      actor: 'court-cologne:court',
    });
  });

  test('makes an event dated in the future scheduled unless told otherwise', async () => {
    expect((await collectAnswers(eventFields(ctx), { ...flags, date: '2027-01-15' })).status).toBe(
      'scheduled',
    );
  });

  test.each([
    [
      { date: '2025-02-30' },
      '--date: "2025-02-30": expected a real date (February 2025 has 28 days, so day 30 does not exist)',
    ],
    [{ kind: 'hearng' }, '--kind: "hearng" is not a known event kind; did you mean "hearing"?'],
    [
      { case: 'meta-ai-training' },
      '--case: "meta-ai-training" is not a known case in content/cases/; did you mean "meta-ai-training-eu"?',
    ],
    [
      { actor: ['court-cologne'] },
      '--actor: "court-cologne" needs a role; write id:role, like court-cologne:court',
    ],
    [
      { 'source-url': 'example.org' },
      '--source-url: "example.org" is not a web address; expected one starting with https:// or http://',
    ],
    [{ title: undefined }, '--title: missing; Title (a short headline)'],
  ])('rejects %j with a message naming the flag', async (change, message) => {
    const error = await collectAnswers(eventFields(ctx), { ...flags, ...change }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(AnswerError);
    expect((error as AnswerError).problems).toEqual([expect.stringContaining(message)]);
  });

  test('asks again until a typed date is valid, and explains why', async () => {
    const typed = ['T', 'S', '23 May 2025', '2025-05-23', '', 'ruling', '', 'Src', '', '', '', ''];
    const said: string[] = [];
    const answers = await collectAnswers(
      eventFields(ctx),
      {},
      () => Promise.resolve(typed.shift() ?? ''),
      (line) => said.push(line),
    );
    expect(answers).toMatchObject({
      date: '2025-05-23',
      case: 'meta-ai-training-eu',
      kind: 'ruling',
      status: 'occurred',
    });
    expect(said[0]).toMatch(/"23 May 2025": expected an EDTF date/);
    expect(said[1]).toBe('  → 23 May 2025');
  });
});

describe('scaffoldEvent', () => {
  test('writes frontmatter that reads back to the answers and passes the event schema', async () => {
    const file = scaffoldEvent(await collectAnswers(eventFields(ctx), flags), ctx, '/kb/');
    expect(file.path).toBe(
      'events/meta-ai-training-eu/2025-06-court-hears-the-appeal-meta-v-nrw.mdx',
    );
    expect(file.pagePath).toBe('/kb/events/2025-06-court-hears-the-appeal-meta-v-nrw/');
    const { data, body } = splitFrontmatter(file.text);
    expect(data).toMatchObject({
      title: flags.title,
      date: '2025-06',
      sources: [{ id: 'example-press', title: flags['source-title'] }],
      published: '2026-11-28',
    });
    expect(eventSchema.safeParse(data).success).toBe(true);
    expect(body).toContain('<Cite id="example-press" />');
  });

  test('refuses an id another file already has', async () => {
    const answers = await collectAnswers(eventFields(ctx), {
      ...flags,
      date: '2025-05-23',
      title: 'Taken',
    });
    expect(() => scaffoldEvent(answers, ctx)).toThrow(
      'content/events/x/2025-05-23-taken.mdx already has the id "2025-05-23-taken"',
    );
  });
});

describe('scaffoldCase and scaffoldActor', () => {
  test('write files that pass their schemas', async () => {
    const kase = scaffoldCase(
      await collectAnswers(caseFields(), {
        title: 'A new case',
        summary: 'S.',
        jurisdictions: 'DE, EU',
      }),
      ctx,
    );
    expect(kase.path).toBe('cases/a-new-case.mdx');
    expect(caseSchema.safeParse(splitFrontmatter(kase.text).data).data).toMatchObject({
      jurisdictions: ['DE', 'EU'],
      status: 'ongoing',
    });
    const actor = scaffoldActor(
      await collectAnswers(actorFields(), {
        name: 'Landgericht Köln',
        kind: 'court',
        country: 'DE',
      }),
      ctx,
    );
    expect(actor.path).toBe('actors/landgericht-koeln.yaml');
    expect(actorSchema.safeParse(parseYaml(actor.text)).success).toBe(true);
  });
});

describe('writeNewFile', () => {
  test('writes once and refuses to overwrite', () => {
    const root = mkdtempSync(join(tmpdir(), 'casetrail-'));
    const path = writeNewFile(root, 'events/c/x.mdx', 'one');
    expect(() => writeNewFile(root, 'events/c/x.mdx', 'two')).toThrow(/already exists/);
    expect(readFileSync(path, 'utf8')).toBe('one');
  });
});
