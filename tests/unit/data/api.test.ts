import { describe, expect, test } from 'vitest';
import { API_VERSION, buildApiCase, buildApiIndex, toApiDate } from '../../../src/lib/data/api';
import { parseEventDate } from '../../../src/lib/dates';
import { makeModel, NASTY, rawEvent, TEST_URLS } from '../../helpers/model';
import { schemaValidator } from '../../helpers/schema';

const model = makeModel(
  {
    nasty: rawEvent({
      title: NASTY,
      summary: NASTY,
      docket: NASTY,
      date: '2025-05',
      actors: [{ id: 'ngo-b', role: 'applicant' }],
      court: 'court-a',
      links: [{ type: 'decides', event: 'request' }],
    }),
    request: rawEvent({
      date: '../2025-05-23',
      kind: 'application',
      corrections: [{ date: '2025-07-01', note: 'Fixed.' }],
      updated: '2025-07-01',
    }),
    'other-case': rawEvent({ cases: ['case-b'], actors: [] }),
  },
  {
    'case-b': {
      title: 'Case B',
      summary: 'Another.',
      status: 'decided',
      published: '2025-06-01',
      proceedings: [
        {
          name: 'Appeal',
          court: 'court-a',
          docket: '1 U 2/25',
          parties: [{ id: 'ngo-b', role: 'appellant' }],
        },
      ],
    },
  },
  {
    'ngo-b': { name: `NGO ${NASTY}`, kind: 'ngo', url: 'https://ngo.example/', country: 'DE' },
    unused: { name: 'Unused', kind: 'person' },
  },
);

describe('buildApiIndex', () => {
  const index = buildApiIndex(model, TEST_URLS);

  test('validates against public/schema/index-v1.json', () => {
    expect(schemaValidator('index-v1.json')(JSON.parse(JSON.stringify(index)))).toEqual([]);
  });

  test('lists every case with its event count, date range and absolute URLs', () => {
    expect(index.version).toBe(API_VERSION);
    expect(index.cases.find((c) => c.id === 'case-a')).toMatchObject({
      events: 2,
      first: '2025-05-01',
      last: '2025-05-31',
      url: 'https://casetrail.test/kb/cases/case-a/',
      data_url: 'https://casetrail.test/kb/data/cases/case-a.json',
      timelinejs_url: 'https://casetrail.test/kb/data/cases/case-a.timelinejs.json',
      rss_url: 'https://casetrail.test/kb/cases/case-a/rss.xml',
      calendar_url: 'https://casetrail.test/kb/cases/case-a/calendar.ics',
    });
  });

  test('keeps the actor page and the actor website apart', () => {
    expect(index.actors.find((a) => a.id === 'ngo-b')).toMatchObject({
      url: 'https://casetrail.test/kb/actors/ngo-b/',
      website: 'https://ngo.example/',
    });
  });
});

describe('buildApiCase', () => {
  const doc = buildApiCase(model, 'case-a', TEST_URLS);

  test('validates against public/schema/case-v1.json', () => {
    const validate = schemaValidator('case-v1.json');
    expect(validate(JSON.parse(JSON.stringify(doc)))).toEqual([]);
    expect(validate(JSON.parse(JSON.stringify(buildApiCase(model, 'case-b', TEST_URLS))))).toEqual(
      [],
    );
  });

  test('rejects a document with a field the schema does not know, so code and schema stay in step', () => {
    expect(
      schemaValidator('case-v1.json')({ ...JSON.parse(JSON.stringify(doc)), extra: 1 }),
    ).not.toEqual([]);
  });

  test('gives only its own events, oldest first, with normalised dates and links both ways', () => {
    expect(doc.events.map((e) => e.id)).toEqual(['nasty', 'request']);
    expect(doc.events[1]).toMatchObject({
      date: {
        edtf: '../2025-05-23',
        earliest: null,
        latest: '2025-05-23',
        precision: 'day',
        qualifier: 'exact',
        span: 'on-or-before',
        display: 'on or before 23 May 2025',
      },
      links: [
        {
          type: 'decides',
          direction: 'in',
          label: 'Decided by',
          event: 'nasty',
          url: 'https://casetrail.test/kb/events/nasty/',
        },
      ],
      corrections: [{ date: '2025-07-01', note: 'Fixed.' }],
      updated: '2025-07-01',
    });
  });

  test('names every actor of the case and its events, and no other', () => {
    expect(doc.actors.map((a) => a.id).sort()).toEqual(['court-a', 'ngo-b']);
  });

  test('keeps text as written, for the reader to escape', () => {
    expect(doc.events[0]).toMatchObject({ title: NASTY, summary: NASTY, docket: NASTY });
  });

  test('names the case and the fix when the case does not exist', () => {
    expect(() => buildApiCase(model, 'case-z', TEST_URLS)).toThrow(
      'data API: no case "case-z" in content/cases/; pass the id of a case file',
    );
  });
});

describe('toApiDate', () => {
  test.each([
    ['2025', { earliest: '2025-01-01', latest: '2025-12-31', precision: 'year', display: '2025' }],
    ['2025-05?', { precision: 'month', qualifier: 'uncertain', display: 'May 2025 (uncertain)' }],
  ])('gives %s with its precision', (edtf, expected) => {
    expect(toApiDate(parseEventDate(edtf))).toMatchObject({ edtf, ...expected });
  });
});
