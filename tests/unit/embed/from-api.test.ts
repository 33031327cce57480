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
    { version: 1, case: { id: 'x', title: null }, events: [], actors: [] },
  ])('refuses %j as not a version 1 case document', (doc) =>
    expect(() => apiCaseToEmbed(doc)).toThrow(CaseDocumentError),
  );

  const goodDoc = () => JSON.parse(JSON.stringify(buildApiCase(model, 'case-a', TEST_URLS)));

  test.each([
    'javascript:alert(document.domain)',
    'JAVASCRIPT:alert(1)',
    ' java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    '/relative/page/',
    42,
  ])('turns a case or event URL %j into no link at all', (url) => {
    const doc = goodDoc();
    doc.case.url = url;
    for (const event of doc.events) event.url = url;
    const embed = apiCaseToEmbed(doc);
    expect(embed.url).toBe('');
    expect(embed.events.map((e) => e.url)).toEqual(embed.events.map(() => ''));
  });

  test.each([
    [
      'the site_name it carries',
      'Example Law Watch',
      TEST_URLS.case('case-a'),
      'Example Law Watch',
    ],
    [
      'the case page’s host when site_name is missing',
      undefined,
      TEST_URLS.case('case-a'),
      'casetrail.test',
    ],
    [
      'the case page’s host when site_name is blank',
      '  ',
      TEST_URLS.case('case-a'),
      'casetrail.test',
    ],
    [
      'the case page’s host when site_name is not text',
      42,
      TEST_URLS.case('case-a'),
      'casetrail.test',
    ],
    ['nothing when there is neither', undefined, 'javascript:alert(1)', ''],
  ])('names the site for the attribution by %s', (_, siteName, caseUrl, expected) => {
    const doc = goodDoc();
    doc.site_name = siteName;
    doc.case.url = caseUrl;
    expect(apiCaseToEmbed(doc).siteName).toBe(expected);
  });

  test.each([
    [
      'a picture with its caption as alt text and its credit',
      [{ url: 'https://x.test/court.jpg', credit: 'Photo: A', caption: 'The court' }],
      {
        src: 'https://x.test/court.jpg',
        image: true,
        alt: 'The court',
        label: 'The court',
        credit: 'Photo: A',
      },
    ],
    [
      'a page without caption as a link named by its site',
      [{ url: 'https://www.x.test/letter', credit: null, caption: '  ' }],
      { src: 'https://www.x.test/letter', image: false, alt: '', label: 'x.test' },
    ],
    [
      'the first http(s) item, skipping a javascript: one',
      [
        { url: 'javascript:alert(1)//.png', credit: null, caption: 'x' },
        null,
        { url: 'https://x.test/b.png', credit: 7, caption: 'B' },
      ],
      { src: 'https://x.test/b.png', image: true, alt: 'B', label: 'B' },
    ],
    [
      'nothing for only a data: item',
      [{ url: 'data:image/png;base64,AAAA', credit: null, caption: null }],
      undefined,
    ],
    ['nothing for a document without media (older)', undefined, undefined],
    ['nothing for media that is not a list', 'https://x.test/a.png', undefined],
  ])('shows on the card %s', (_, media, expected) => {
    const doc = goodDoc();
    doc.events[0].media = media;
    const embed = apiCaseToEmbed(doc);
    expect(embed.media[doc.events[0].id as string]).toEqual(expected);
  });

  test.each([
    ['a null date', (e: Record<string, unknown>) => (e.date = null)],
    [
      'null bounds on both sides',
      (e: Record<string, unknown>) =>
        (e.date = { display: 'x', precision: 'day', earliest: null, latest: null }),
    ],
    [
      'a date bound that is not a day',
      (e: Record<string, unknown>) => ((e.date as Record<string, unknown>).earliest = 'soon'),
    ],
    ['no title', (e: Record<string, unknown>) => delete e.title],
    ['an id that is a number', (e: Record<string, unknown>) => (e.id = 7)],
    ['actors that are not a list', (e: Record<string, unknown>) => (e.actors = 'all')],
  ])('leaves out an event with %s, with one warning for the document', (_, breakIt) => {
    const doc = goodDoc();
    breakIt(doc.events[0]);
    breakIt(doc.events[1]);
    const warnings: string[] = [];
    const embed = apiCaseToEmbed(doc, (m) => warnings.push(m));
    expect(embed.events).toHaveLength(doc.events.length - 2);
    expect(warnings).toEqual(['casetrail-timeline: skipped 2 malformed event(s) in "case-a"']);
  });

  test('draws a case with no events, without a warning', () => {
    const doc = { ...goodDoc(), events: [] };
    const warnings: string[] = [];
    expect(apiCaseToEmbed(doc, (m) => warnings.push(m)).events).toEqual([]);
    expect(warnings).toEqual([]);
  });
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

  test.each([
    [
      'with status_text',
      'Scheduled for May 2025; not reported as having happened as of 30 November 2026',
    ],
    ['without status_text (an older document)', undefined],
  ])('takes the as-of line of a passed scheduled event, %s', (_, note) => {
    const doc = buildApiCase(model, 'case-a', TEST_URLS, '2026-11-30');
    if (note === undefined) for (const e of doc.events) delete e.status_text;
    const embed = apiCaseToEmbed(JSON.parse(JSON.stringify(doc)));
    expect(embed.statusNotes).toEqual(note === undefined ? {} : { start: note });
  });
});
