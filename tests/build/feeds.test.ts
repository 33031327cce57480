import { parse } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import Parser from 'rss-parser';
import { describe, expect, test } from 'vitest';
import { CSV_COLUMNS } from '../../src/lib/data/csv';
import { calendarDay, calendarEvents, urlFields } from '../helpers/outputs';
import { schemaValidator } from '../helpers/schema';
import { readDist } from '../helpers/site';
import { loadWithTimelineJs } from '../helpers/timelinejs';

const SITE = 'https://casetrail.example/';
const CASE = 'meta-ai-training-eu';

describe('/rss.xml', () => {
  test('gives a feed reader all six events with their full text and absolute links', async () => {
    const xml = readDist('rss.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await new Parser().parseString(xml);
    expect(feed.items).toHaveLength(6);
    const ruling = feed.items.find(
      (i) => i.link === `${SITE}events/2025-05-23-cologne-court-denies-injunction/`,
    )!;
    expect(ruling['content:encoded']).toContain(
      'On Friday, 23 May 2025, the court in Cologne, Germany, denied',
    );
    expect(ruling['content:encoded']).toContain('<strong>Date:</strong> 23 May 2025');
    expect(ruling.categories).toEqual([
      "Meta's use of EU users' public posts for AI training",
      'Ruling',
      'injunction',
      'GDPR',
      'artificial intelligence',
    ]);
    for (const item of feed.items) expect(item.guid).toMatch(new RegExp(`^${SITE}events/`));
    expect(xml).not.toMatch(/(?:href|src)=&quot;\//);
  });

  test('shows the April announcement as April 2025, not as a day', async () => {
    const feed = await new Parser().parseString(readDist('rss.xml'));
    const announcement = feed.items.find((i) =>
      i.link?.endsWith('/2025-04-meta-announces-eu-ai-training/'),
    )!;
    expect(announcement['content:encoded']).toContain('<strong>Date:</strong> April 2025');
  });

  test.each([
    [`cases/${CASE}/rss.xml`, 6],
    ['actors/noyb/rss.xml', 1],
    ['actors/court-cologne/rss.xml', 2],
  ])('%s carries %i items', async (path, count) => {
    const feed = await new Parser().parseString(readDist(path));
    expect(feed.items).toHaveLength(count);
  });
});

describe('/feed.json', () => {
  test('is JSON Feed 1.1 with the same items, in the same order, as /rss.xml', async () => {
    const json = JSON.parse(readDist('feed.json'));
    const rss = await new Parser().parseString(readDist('rss.xml'));
    expect(json.version).toBe('https://jsonfeed.org/version/1.1');
    expect(json.feed_url).toBe(`${SITE}feed.json`);
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(rss.items.map((i) => i.guid));
    for (const item of json.items)
      expect(item.content_html.length).toBeGreaterThan(item.summary.length);
  });
});

describe('/calendar.ics', () => {
  const events = calendarEvents(readDist('calendar.ics'));

  test('shows the scheduled 27 May 2025 start as a tentative all-day event', () => {
    const start = events.find(
      (e) => e.uid === '2025-05-27-meta-ai-training-start@casetrail.example',
    )!;
    expect(start.status).toBe('TENTATIVE');
    expect(start.datetype).toBe('date');
    expect([calendarDay(start.start), calendarDay(start.end!)]).toEqual([
      '2025-05-27',
      '2025-05-28',
    ]);
    expect(start.summary).toBe("Meta's announced start of AI training on EU users' public data");
  });

  test('spans the whole of April for the announcement known only to the month', () => {
    const announcement = events.find(
      (e) => e.uid === '2025-04-meta-announces-eu-ai-training@casetrail.example',
    )!;
    expect([calendarDay(announcement.start), calendarDay(announcement.end!)]).toEqual([
      '2025-04-01',
      '2025-05-01',
    ]);
  });

  test('has one event per event in the case calendar too', () => {
    expect(calendarEvents(readDist(`cases/${CASE}/calendar.ics`))).toHaveLength(6);
    expect(events).toHaveLength(6);
  });
});

describe('/data/events.csv', () => {
  test('opens as a header row and one clean row per event', () => {
    const rows: Record<string, string>[] = parse(readDist('data/events.csv'), {
      bom: true,
      columns: true,
    });
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    expect(rows.map((r) => r.id)).toHaveLength(6);
    expect(rows.find((r) => r.id === '2025-05-noyb-cease-and-desist-letter')).toMatchObject({
      date: '../2025-05-24',
      date_display: 'on or before 24 May 2025',
      span: 'on-or-before',
    });
  });
});

describe('/data API', () => {
  test('index.json and the case document validate against their schemas, with absolute URLs', () => {
    const index = JSON.parse(readDist('data/index.json'));
    const doc = JSON.parse(readDist(`data/cases/${CASE}.json`));
    expect(schemaValidator('index-v1.json')(index)).toEqual([]);
    expect(schemaValidator('case-v1.json')(doc)).toEqual([]);
    expect(doc.events).toHaveLength(6);
    for (const url of [...urlFields(index), ...urlFields(doc)]) expect(url).toMatch(/^https?:\/\//);
  });

  test('publishes the schemas the documents name', () => {
    const doc = JSON.parse(readDist(`data/cases/${CASE}.json`));
    expect(doc.$schema).toBe(`${SITE}schema/case-v1.json`);
    expect(JSON.parse(readDist('schema/case-v1.json')).title).toBe('Casetrail case, version 1');
  });
});

describe('/data/cases/<case>.timelinejs.json', () => {
  test('loads in TimelineJS with every event and the case as title', async () => {
    const config = await loadWithTimelineJs(
      JSON.parse(readDist(`data/cases/${CASE}.timelinejs.json`)),
    );
    expect(config.getErrors()).toEqual([]);
    expect(config.events).toHaveLength(6);
    expect(
      config.events.find((e) => e.unique_id === '2025-04-meta-announces-eu-ai-training')!.start_date
        .data.format,
    ).toBe('month');
  });
});

describe('feed discovery and the follow box', () => {
  test.each([
    ['index.html', [`${SITE}rss.xml`, `${SITE}feed.json`, `${SITE}calendar.ics`]],
    [
      `cases/${CASE}/index.html`,
      [`${SITE}cases/${CASE}/rss.xml`, `${SITE}cases/${CASE}/calendar.ics`, `${SITE}rss.xml`],
    ],
    ['actors/noyb/index.html', [`${SITE}actors/noyb/rss.xml`, `${SITE}rss.xml`]],
    [
      'events/2025-05-27-meta-ai-training-start/index.html',
      [`${SITE}cases/${CASE}/rss.xml`, `${SITE}rss.xml`],
    ],
  ])('%s announces %j', (page, hrefs) => {
    const html = readDist(page);
    const announced = [
      ...html.matchAll(/<link rel="alternate" type="[^"]+" title="[^"]*" href="([^"]+)"/g),
    ].map((m) => m[1]);
    expect(announced).toEqual(expect.arrayContaining(hrefs));
    expect(announced[0]).toBe(hrefs[0]);
  });

  test('the case page offers its feed, a calendar subscription and how to subscribe', () => {
    const html = readDist(`cases/${CASE}/index.html`);
    expect(html).toContain('Follow this case');
    expect(html).toContain(`href="${SITE}cases/${CASE}/rss.xml"`);
    expect(html).toContain(`href="webcal://casetrail.example/cases/${CASE}/calendar.ics"`);
    expect(html).toContain('How to subscribe');
  });
});
