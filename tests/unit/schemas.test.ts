import { describe, expect, test } from 'vitest';
import { actorSchema } from '../../src/schemas/actor';
import { caseSchema } from '../../src/schemas/case';
import { eventSchema } from '../../src/schemas/event';

const validEvent = {
  title: 'A ruling',
  summary: 'The court ruled.',
  date: '2025-05-23',
  kind: 'ruling',
  cases: ['demo-case'],
  sources: [{ title: 'The ruling', publisher: 'The court', kind: 'primary' }],
  published: '2026-01-01',
};

/** Return the one-line messages zod gives for an input, as `field: message`. */
function problemsOf(input: unknown): string[] {
  const result = eventSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('eventSchema', () => {
  test('accepts a minimal event and fills the defaults', () => {
    const event = eventSchema.parse(validEvent);
    expect(event).toMatchObject({
      status: 'occurred',
      actors: [],
      links: [],
      tags: [],
      corrections: [],
    });
    expect(event.date).toMatchObject({ edtf: '2025-05-23', span: 'point' });
    expect(event.date.start?.precision).toBe('day');
    expect(event.sources[0]?.kind).toBe('primary');
  });

  test('accepts the Date YAML makes of an unquoted day', () => {
    expect(
      eventSchema.parse({ ...validEvent, date: new Date(Date.UTC(2025, 4, 23)) }).date.edtf,
    ).toBe('2025-05-23');
  });

  test('accepts a source without a URL, as the seed article has none', () => {
    expect(
      eventSchema.safeParse({ ...validEvent, sources: [{ title: 'Article', publisher: 'Press' }] })
        .success,
    ).toBe(true);
  });

  test.each([
    [
      'an impossible day',
      { date: '2025-02-30' },
      'date: found "2025-02-30"; expected a real date (February 2025 has 28 days, so day 30 does not exist)',
    ],
    [
      'a month that does not exist',
      { date: '2025-13-45' },
      'date: found "2025-13-45"; expected a real date (month 13 does not exist)',
    ],
    [
      'an end before its start',
      { date: '2025-05-23/2025-05-01' },
      'date: found "2025-05-23/2025-05-01"; expected an end after the start',
    ],
    [
      'a publication day given as a range',
      { published: '../2025-06-01' },
      'published: found "../2025-06-01"; expected a plain day YYYY-MM-DD (the day this entry entered the knowledge base)',
    ],
    [
      'an update given as a month',
      { updated: '2025-06' },
      'updated: found "2025-06"; expected a plain day YYYY-MM-DD (the day this entry last changed)',
    ],
    [
      'a correction with an approximate day',
      { corrections: [{ date: '2025-06-02~', note: 'Fixed.' }] },
      'corrections.0.date: found "2025-06-02~"; expected a plain day YYYY-MM-DD (the day the correction was made)',
    ],
    [
      'a missing date',
      { date: undefined },
      'date: found nothing (the field is missing); expected an EDTF date',
    ],
    ['no sources', { sources: [] }, 'sources: found an empty list; expected at least one source'],
    [
      'a missing sources list',
      { sources: undefined },
      'sources: found nothing (the field is missing); expected a list of sources',
    ],
    [
      'an ftp source URL',
      { sources: [{ title: 'T', url: 'ftp://example.org/x' }] },
      'sources.0.url: found "ftp://example.org/x"; expected an http:// or https:// address',
    ],
    [
      'a javascript: URL',
      { sources: [{ title: 'T', url: 'javascript:alert(1)' }] },
      'sources.0.url: found "javascript:alert(1)"; expected an http:// or https:// address',
    ],
    [
      'an unknown kind',
      { kind: 'verdict' },
      'kind: found "verdict"; expected an event kind: one of announcement, statement',
    ],
    [
      'an unknown status',
      { status: 'done' },
      'status: found "done"; expected an event status: one of occurred, scheduled, cancelled',
    ],
    [
      'an unknown link type',
      { links: [{ type: 'cites', event: 'x' }] },
      'links.0.type: found "cites"; expected a link type: one of responds-to',
    ],
    [
      'an id with capitals',
      { cases: ['Demo Case'] },
      'cases.0: found "Demo Case"; expected the id of an entry in content/cases/',
    ],
    ['no case', { cases: [] }, 'cases: found an empty list; expected at least one case id'],
    [
      'an unknown role',
      { actors: [{ id: 'meta', role: 'villain' }] },
      'actors.0.role: found "villain"; expected a role: one of applicant',
    ],
  ])('rejects %s with the field, the value found and what is expected', (_, change, message) => {
    expect(problemsOf({ ...validEvent, ...change }).join('\n')).toContain(message);
  });

  test('rejects an unknown field, so a typo is not silently dropped', () => {
    expect(problemsOf({ ...validEvent, sumary: 'typo' }).join('\n')).toMatch(/sumary/);
  });
});

describe('caseSchema', () => {
  test.each([
    [
      'an unknown status',
      { status: 'pending' },
      'status: found "pending"; expected a case status: one of ongoing, decided, appealed, closed',
    ],
    ['a missing title', { title: undefined }, 'title: found nothing (the field is missing)'],
  ])('rejects %s', (_, change, message) => {
    const result = caseSchema.safeParse({
      title: 'C',
      summary: 'S',
      status: 'ongoing',
      published: '2026-01-01',
      ...change,
    });
    expect(result.success).toBe(false);
    expect(
      result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'),
    ).toContain(message);
  });
});

describe('actorSchema', () => {
  test.each([
    [
      'an unknown kind',
      { kind: 'firm' },
      'kind: found "firm"; expected an actor kind: one of company',
    ],
    [
      'a country name instead of a code',
      { country: 'Germany' },
      'country: found "Germany"; expected an ISO 3166 country code such as DE',
    ],
    [
      'a non-http URL',
      { url: 'mailto:info@example.org' },
      'url: found "mailto:info@example.org"; expected an http:// or https:// address',
    ],
  ])('rejects %s', (_, change, message) => {
    const result = actorSchema.safeParse({ name: 'A', kind: 'company', ...change });
    expect(result.success).toBe(false);
    expect(
      result.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'),
    ).toContain(message);
  });
});
