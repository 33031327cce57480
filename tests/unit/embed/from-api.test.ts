import { describe, expect, test } from 'vitest';
import { buildApiCase } from '../../../src/lib/data/api';
import {
  dateToDatetimeAttr,
  earliestDay,
  latestDay,
  parseEventDate,
  precisionOf,
} from '../../../src/lib/dates';
import { apiCaseToEmbed, CaseDocumentError, datetimeAttr } from '../../../src/lib/embed/from-api';
import { eventsOfCase } from '../../../src/lib/model/queries';
import { toTimelineEvents } from '../../../src/lib/timeline/project';
import { makeModel, rawEvent, TEST_URLS } from '../../helpers/model';

const model = makeModel(
  {
    letter: rawEvent({
      date: '../2025-05-10',
      kind: 'letter',
      actors: [{ id: 'ngo-a', role: 'author' }],
    }),
    ruling: rawEvent({
      date: '2025-05-23',
      court: 'court-a',
      links: [{ type: 'responds-to', event: 'letter' }],
    }),
    start: rawEvent({
      date: '2025-05',
      status: 'scheduled',
      kind: 'announcement',
      actors: [{ id: 'ngo-a', role: 'author' }],
    }),
  },
  {},
  { 'ngo-a': { name: 'NGO A', kind: 'ngo' } },
);

describe('apiCaseToEmbed', () => {
  test('gives the widget the very events the site pages draw', () => {
    const embed = apiCaseToEmbed(
      JSON.parse(JSON.stringify(buildApiCase(model, 'case-a', TEST_URLS))),
    );
    expect(embed.events).toEqual(toTimelineEvents(eventsOfCase(model, 'case-a'), TEST_URLS.event));
  });

  test('names the lanes by case title and actor name', () => {
    const embed = apiCaseToEmbed(buildApiCase(model, 'case-a', TEST_URLS));
    expect(embed.names.case).toEqual({ 'case-a': 'Case A' });
    expect(embed.names.actor['ngo-a']).toBe('NGO A');
    expect(embed).toMatchObject({ id: 'case-a', title: 'Case A', url: TEST_URLS.case('case-a') });
  });

  test.each([
    null,
    'text',
    [],
    {},
    { version: 2, case: {}, events: [], actors: [] },
    { version: 1, events: [], actors: [] },
    { version: 1, case: {}, events: {}, actors: [] },
  ])('refuses %j as not a version 1 case document', (doc) =>
    expect(() => apiCaseToEmbed(doc)).toThrow(CaseDocumentError),
  );
});

describe('datetimeAttr', () => {
  test.each(['2025', '2025-04', '2025-05-23', '../2025-05-23', '2025-05-14/..', '2025-05~'])(
    'agrees with the site for %s',
    (edtf) => {
      const date = parseEventDate(edtf);
      expect(
        datetimeAttr({
          start: earliestDay(date),
          end: latestDay(date),
          precision: precisionOf(date),
        }),
      ).toBe(dateToDatetimeAttr(date));
    },
  );
});
