import { describe, expect, test } from 'vitest';
import {
  buildTimelineJs,
  overviewParagraphs,
  timelineJsDates,
  toTimelineJsDate,
} from '../../../src/lib/data/timelinejs';
import { parseEventDate } from '../../../src/lib/dates';
import { loadWithTimelineJs } from '../../helpers/timelinejs';
import { makeModel, NASTY, rawEvent, TEST_URLS } from '../../helpers/model';

describe('toTimelineJsDate', () => {
  test.each([
    ['2025-05-23', 'day', { year: 2025, month: 5, day: 23 }],
    ['2025-04-01', 'month', { year: 2025, month: 4 }],
    ['2024-01-01', 'year', { year: 2024 }],
  ] as const)('gives %s at %s precision as %j', (day, precision, expected) => {
    expect(toTimelineJsDate(day, precision)).toEqual(expected);
  });
});

describe('timelineJsDates', () => {
  test.each([
    ['2025-04', { start_date: { year: 2025, month: 4 } }],
    ['../2025-05-23', { start_date: { year: 2025, month: 5, day: 23 } }],
    ['2025-05-14/..', { start_date: { year: 2025, month: 5, day: 14 } }],
    [
      '2025-04/2025-06',
      { start_date: { year: 2025, month: 4 }, end_date: { year: 2025, month: 6 } },
    ],
    [
      '2025-04/2025-06-03',
      { start_date: { year: 2025, month: 4 }, end_date: { year: 2025, month: 6, day: 3 } },
    ],
  ])('places %s as %j', (edtf, expected) => {
    expect(timelineJsDates(parseEventDate(edtf))).toEqual(expected);
  });
});

describe('buildTimelineJs', () => {
  const model = makeModel({
    nasty: rawEvent({ title: NASTY, summary: NASTY, date: '2025-05-23' }),
    announced: rawEvent({ date: '2025-04', kind: 'announcement' }),
    yearly: rawEvent({ date: '2024', kind: 'report' }),
    start: rawEvent({ date: '2025-05-27', status: 'scheduled', kind: 'deadline' }),
    letter: rawEvent({ date: '../2025-05-20', kind: 'letter' }),
  });
  const doc = buildTimelineJs(model, 'case-a', TEST_URLS);

  test('loads in TimelineJS without errors, one slide per event plus the title', async () => {
    const config = await loadWithTimelineJs(JSON.parse(JSON.stringify(doc)));
    expect(config.getErrors()).toEqual([]);
    expect(config.isValid()).toBe(true);
    expect(config.title.unique_id).toBe('case-case-a');
    expect(config.events.map((e) => e.unique_id)).toEqual([
      'yearly',
      'announced',
      'letter',
      'nasty',
      'start',
    ]);
  });

  test('keeps precision: TimelineJS shows a year as a year and a month as a month', async () => {
    const config = await loadWithTimelineJs(JSON.parse(JSON.stringify(doc)));
    const format = (id: string) =>
      config.events.find((e) => e.unique_id === id)!.start_date.data.format;
    expect([format('yearly'), format('announced'), format('nasty')]).toEqual([
      'year',
      'month',
      'full',
    ]);
  });

  test('escapes title and summary as HTML, since TimelineJS shows headline and text as HTML', () => {
    const slide = doc.events.find((e) => e.unique_id === 'nasty')!;
    expect(slide.text.headline).not.toContain('<script>');
    expect(slide.text.headline).toContain('&lt;script&gt;');
    expect(slide.text.text).toContain('<a href="https://casetrail.test/kb/events/nasty/">');
  });

  test('says "on or before" and "scheduled" where the date alone would mislead', () => {
    expect(doc.events.find((e) => e.unique_id === 'letter')).toMatchObject({
      display_date: 'on or before 20 May 2025',
      group: 'Letter',
    });
    expect(doc.events.find((e) => e.unique_id === 'start')!.text.text).toContain(
      'Scheduled: announced for this date',
    );
  });
});

describe('buildTimelineJs media, groups and title', () => {
  const model = makeModel(
    {
      pictured: rawEvent({ date: '2025-05-23', tags: ['Filings', 'GDPR'] }),
      quoted: rawEvent({
        date: '2025-05-24',
        kind: 'statement',
        sources: [{ id: 'speaker', title: 'A speech', publisher: 'A & B' }],
      }),
      plain: rawEvent({ date: '2025-05-25', kind: 'letter' }),
    },
    {
      'case-a': {
        title: 'Case A',
        summary: 'The summary.',
        status: 'ongoing',
        published: '2025-06-01',
      },
    },
  );
  const bodies: Record<string, string> = {
    pictured:
      'Intro.\n\n<Media src="https://example.org/a.jpg" credit="An <agency>" caption="The hall" />\n\n<Media src="https://example.org/b.jpg" />',
    quoted: '<Quote source="speaker">We will \\<appeal\\>.</Quote>',
    plain: 'Only text.',
  };
  for (const event of model.events) event.body = bodies[event.id];
  model.cases.get('case-a')!.body =
    '{/* A comment */}\n\nThe **overview** of [the case](https://example.org).\n\n### Periods\n\n- 2020–2025: An era';
  const doc = buildTimelineJs(model, 'case-a', TEST_URLS);
  const slide = (id: string) => doc.events.find((e) => e.unique_id === id)!;

  test.each([
    [
      'pictured',
      { url: 'https://example.org/a.jpg', credit: 'An &lt;agency&gt;', caption: 'The hall' },
    ],
    ['quoted', { url: '<blockquote>We will &lt;appeal&gt;.</blockquote>', credit: 'A &amp; B' }],
    ['plain', undefined],
  ])('gives %s the media %j', (id, media) => {
    expect(slide(id).media).toEqual(media);
  });

  test.each([
    ['pictured', 'Filings'],
    ['quoted', 'Statement'],
    ['plain', 'Letter'],
  ])('groups %s as %s: its first tag, else its kind', (id, group) => {
    expect(slide(id).group).toBe(group);
  });

  test('takes the title text from the case overview, not the summary', () => {
    expect(doc.title.text.text).toContain(
      '<p>The overview of the case.</p><p>Periods</p><p>2020–2025: An era</p>',
    );
    expect(doc.title.text.text).not.toContain('The summary.');
  });

  test('loads in TimelineJS with the media', async () => {
    const config = await loadWithTimelineJs(JSON.parse(JSON.stringify(doc)));
    expect(config.getErrors()).toEqual([]);
  });
});

describe('overviewParagraphs', () => {
  test.each([
    ['', []],
    ['One *two* `three`.\n\nFour \\{five\\}.', ['One two three.', 'Four {five}.']],
    ['<Quote source="a">Said.</Quote>\n\n> Quoted', ['Said.', 'Quoted']],
    [`${'A'.repeat(700)}\n\n${'B'.repeat(200)}`, ['A'.repeat(700)]],
  ])('reads %j as %j', (body, paragraphs) => {
    expect(overviewParagraphs(body)).toEqual(paragraphs);
  });
});
