import { describe, expect, test } from 'vitest';
import { buildFeedEntries, compareFeedEntries, toFeedEntry } from '../../../src/lib/feeds/entries';
import { makeModel, rawEvent, TEST_URLS } from '../../helpers/model';

const model = makeModel({
  'old-news': rawEvent({ date: '2025-05-01', published: '2025-05-02' }),
  backdated: rawEvent({ date: '2024', kind: 'report', published: '2026-01-10' }),
  corrected: rawEvent({
    date: '2025-03',
    published: '2025-04-01',
    corrections: [
      { date: '2025-04-05', note: 'First fix.' },
      { date: '2026-02-01', note: 'Wrong court named.' },
    ],
  }),
  updated: rawEvent({ date: '2025-05-10', published: '2025-05-11', updated: '2025-12-24' }),
  'same-day-later-event': rawEvent({ date: '2025-05-20', published: '2025-05-02' }),
});

describe('buildFeedEntries', () => {
  test('orders by the last change in the knowledge base, not by the event date', () => {
    const order = buildFeedEntries(model, model.events, TEST_URLS).map((e) => e.eventId);
    expect(order).toEqual([
      'corrected',
      'backdated',
      'updated',
      'same-day-later-event',
      'old-news',
    ]);
  });

  test('keeps only the newest entries when there are more than the limit', () => {
    expect(buildFeedEntries(model, model.events, TEST_URLS, 2).map((e) => e.eventId)).toEqual([
      'corrected',
      'backdated',
    ]);
  });
});

describe('compareFeedEntries', () => {
  test.each([
    ['old-news', 'backdated', 1],
    ['backdated', 'old-news', -1],
    ['same-day-later-event', 'old-news', -1],
  ])('puts %s relative to %s as %i', (a, b, sign) => {
    const entry = (id: string) => toFeedEntry(model, model.eventsById.get(id)!, TEST_URLS);
    expect(Math.sign(compareFeedEntries(entry(a), entry(b)))).toBe(sign);
  });
});

describe('compareFeedEntries on one day', () => {
  // Imported in one go: same date, same publication day; the source ran morning, noon, evening.
  const day = makeModel({
    morning: rawEvent({ order: 3 }),
    noon: rawEvent({ order: 4 }),
    evening: rawEvent({ order: 5 }),
    unordered: rawEvent({}),
  });

  test("lists events of one day newest first by the source's order, not by id", () => {
    expect(buildFeedEntries(day, day.events, TEST_URLS).map((e) => e.eventId)).toEqual([
      'unordered',
      'evening',
      'noon',
      'morning',
    ]);
  });
});

describe('toFeedEntry', () => {
  const entry = (id: string) => toFeedEntry(model, model.eventsById.get(id)!, TEST_URLS);

  test('gives an uncorrected event its page URL as guid and its own title', () => {
    expect(entry('old-news')).toMatchObject({
      guid: 'https://casetrail.test/kb/events/old-news/',
      url: 'https://casetrail.test/kb/events/old-news/',
      title: 'An event',
      changed: '2025-05-02',
    });
  });

  test('republishes a corrected event under a new guid, with its notes newest first', () => {
    expect(entry('corrected')).toMatchObject({
      guid: 'https://casetrail.test/kb/events/corrected/#correction-2',
      title: 'Corrected: An event',
      changed: '2026-02-01',
      corrections: [
        { day: '2026-02-01', when: '1 February 2026', note: 'Wrong court named.' },
        { day: '2025-04-05', when: '5 April 2025', note: 'First fix.' },
      ],
    });
  });

  test('moves an updated event up but keeps its guid, so readers are not notified twice', () => {
    expect(entry('updated')).toMatchObject({
      guid: 'https://casetrail.test/kb/events/updated/',
      changed: '2025-12-24',
    });
  });

  test('shows the date with its precision and lists case, kind and tags as categories', () => {
    const tagged = makeModel({
      e: rawEvent({ date: '2025-04', kind: 'announcement', tags: ['GDPR', 'AI'] }),
    });
    expect(toFeedEntry(tagged, tagged.eventsById.get('e')!, TEST_URLS)).toMatchObject({
      when: 'April 2025',
      categories: ['Case A', 'Announcement', 'GDPR', 'AI'],
      cases: [{ id: 'case-a', title: 'Case A', url: 'https://casetrail.test/kb/cases/case-a/' }],
    });
  });
});

describe('toFeedEntry status', () => {
  const scheduled = makeModel({
    passed: rawEvent({ date: '2025-05-27', status: 'scheduled', kind: 'deadline' }),
    coming: rawEvent({ date: '2027-01-10', status: 'scheduled', kind: 'hearing' }),
    done: rawEvent({ date: '2025-05-23' }),
  });
  const TODAY = '2026-11-30';

  test.each([
    [
      'passed',
      'Scheduled for 27 May 2025; not reported as having happened as of 30 November 2026',
      'Scheduled for 27 May 2025; not reported as having happened as of 30 November 2026. What happened.',
    ],
    ['coming', 'Scheduled for 10 January 2027', 'What happened.'],
    ['done', 'Occurred', 'What happened.'],
  ])('the %s event reads "%s" as of the build day', (id, statusText, summary) => {
    const entry = toFeedEntry(scheduled, scheduled.eventsById.get(id)!, TEST_URLS, TODAY);
    expect(entry.statusText).toBe(statusText);
    expect(entry.summary).toBe(summary);
  });
});
