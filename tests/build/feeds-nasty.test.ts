import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { calendarDay, calendarEvents, urlFields } from '../helpers/outputs';
import { schemaValidator } from '../helpers/schema';
import { buildSite, readDist, ROOT } from '../helpers/site';
import { loadWithTimelineJs } from '../helpers/timelinejs';

// One build of tests/fixtures/feeds-nasty under the base path /kb/: hostile text, every
// precision, a correction, a backdated entry, scheduled and cancelled hearings.
const OUT = 'tests/.tmp/feeds-nasty';
const DIST = join(ROOT, OUT);
const KB = 'https://casetrail.example/kb/';
const read = (path: string) => readDist(path, DIST);
const fixture = readFileSync(
  join(ROOT, 'tests/fixtures/feeds-nasty/events/fixture-case/nasty-event.mdx'),
  'utf8',
);
const NASTY_TITLE = `<script>alert("title")</script> & "double" 'single' ]]> 🎉 مرحبا بالعالم`;
const NASTY_SUMMARY = /^summary: '(.*)'$/m.exec(fixture)![1]!;
const textOf = (html: string) =>
  parseHTML(`<!doctype html><html><body><div>${html}</div></body></html>`).document.querySelector(
    'div',
  )!;

beforeAll(async () => {
  await buildSite({
    outDir: OUT,
    env: { CASETRAIL_CONTENT: 'tests/fixtures/feeds-nasty', CASETRAIL_BASE: '/kb/' },
  });
});

describe('RSS from hostile content under /kb/', () => {
  test('is well-formed and orders items by the last change, a correction first', async () => {
    const xml = read('rss.xml');
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = await new Parser().parseString(xml);
    expect(feed.items.map((i) => i.link!.replace(`${KB}events/`, ''))).toEqual([
      'corrected-announcement/',
      'backdated-report/',
      'scheduled-hearing/',
      'cancelled-hearing/',
      'nasty-event/',
      'before-letter/',
    ]);
  });

  test('republishes the corrected item with a new guid and its note first', async () => {
    const item = (await new Parser().parseString(read('rss.xml'))).items[0]!;
    expect(item.guid).toBe(`${KB}events/corrected-announcement/#correction-1`);
    expect(item.title).toBe('Corrected: Corrected announcement');
    expect(new Date(item.pubDate!).toISOString()).toBe('2026-02-01T00:00:00.000Z');
    expect(textOf(item['content:encoded']).textContent).toMatch(
      /^Correction of 1 February 2026: The month was wrong & is now <March>\.Date: March 2025/,
    );
  });

  test('keeps hostile title, summary and body as text, runs no script, and makes every link absolute', async () => {
    const item = (await new Parser().parseString(read('rss.xml'))).items.find(
      (i) => i.link === `${KB}events/nasty-event/`,
    )!;
    expect(item.title).toBe(NASTY_TITLE);
    expect(textOf(item.content!).textContent).toBe(NASTY_SUMMARY);
    const body = textOf(item['content:encoded']);
    expect(body.querySelector('script')).toBeNull();
    expect(body.textContent).toContain(
      '<script>alert(“body”)</script>, an ampersand & “quotes”, ]]> and 🎉 and العربية.',
    );
    expect(body.textContent).toContain(`${'Long line '.repeat(199)}Long line end.`);
    const urls = [...body.querySelectorAll('a, img')].map(
      (el) => el.getAttribute('href') ?? el.getAttribute('src'),
    );
    expect(urls).toEqual(
      expect.arrayContaining([
        `${KB}events/before-letter/`,
        `${KB}cases/fixture-case/`,
        `${KB}events/nasty-event/#sources`,
        `${KB}events/nasty-event/chart.png`,
        'https://example.org/a?b=1&c=2',
      ]),
    );
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  test('the second case feed carries only its shared event', async () => {
    const feed = await new Parser().parseString(read('cases/second-case/rss.xml'));
    expect(feed.items.map((i) => i.title)).toEqual(['Scheduled hearing']);
    expect(feed.link).toBe(`${KB}cases/second-case/`);
  });
});

describe('JSON Feed from hostile content', () => {
  test('parses, and carries the RSS items with the text unchanged', async () => {
    const json = JSON.parse(read('feed.json'));
    const rss = await new Parser().parseString(read('rss.xml'));
    expect(json.items.map((i: { id: string }) => i.id)).toEqual(rss.items.map((i) => i.guid));
    const nasty = json.items.find((i: { url: string }) => i.url === `${KB}events/nasty-event/`);
    expect(nasty).toMatchObject({ title: NASTY_TITLE, summary: NASTY_SUMMARY });
    expect(textOf(nasty.content_html).querySelector('script')).toBeNull();
  });
});

describe('iCalendar from hostile content', () => {
  // Read inside each test: the build runs in beforeAll, after the file is collected.
  const byId = (id: string) =>
    calendarEvents(read('calendar.ics')).find((e) => e.uid === `${id}@casetrail.example/kb`)!;

  test.each([
    ['scheduled-hearing', 'TENTATIVE', '2026-03-10', '2026-03-11'],
    ['cancelled-hearing', 'CANCELLED', '2025-11-04', '2025-11-05'],
    ['corrected-announcement', 'CONFIRMED', '2025-03-01', '2025-04-01'],
    ['backdated-report', 'CONFIRMED', '2024-01-01', '2025-01-01'],
    ['before-letter', 'CONFIRMED', '2025-02-14', '2025-02-15'],
  ])('shows %s as %s from %s to %s', (id, status, start, end) => {
    const event = byId(id);
    expect(event.status).toBe(status);
    expect([calendarDay(event.start), calendarDay(event.end!)]).toEqual([start, end]);
  });

  test('keeps the hostile summary and description intact', () => {
    expect(byId('nasty-event').summary).toBe(NASTY_TITLE);
    expect(byId('nasty-event').description).toContain(NASTY_SUMMARY);
    expect(byId('before-letter').summary).toBe('Letter sent on or before a day (on or before)');
  });

  test('gives a case calendar only that case’s events', () => {
    expect(calendarEvents(read('cases/second-case/calendar.ics')).map((e) => e.uid)).toEqual([
      'scheduled-hearing@casetrail.example/kb',
    ]);
  });
});

describe('data exports from hostile content', () => {
  test('the CSV has one row per event, text intact and formulas defused', () => {
    const rows: Record<string, string>[] = parse(read('data/events.csv'), {
      bom: true,
      columns: true,
    });
    expect(rows).toHaveLength(6);
    const nasty = rows.find((r) => r.id === 'nasty-event')!;
    expect(nasty).toMatchObject({
      title: NASTY_TITLE,
      summary: NASTY_SUMMARY,
      docket: `'=1+1 "docket"`,
      url: `${KB}events/nasty-event/`,
    });
  });

  test('the case document validates and every URL in it is absolute under /kb/', () => {
    const doc = JSON.parse(read('data/cases/fixture-case.json'));
    expect(schemaValidator('case-v1.json')(doc)).toEqual([]);
    expect(doc.events.find((e: { id: string }) => e.id === 'nasty-event')).toMatchObject({
      title: NASTY_TITLE,
      summary: NASTY_SUMMARY,
    });
    const urls = urlFields(doc).filter((u) => !u.startsWith('https://example.org/'));
    expect(urls.length).toBeGreaterThan(10);
    for (const url of urls) expect(url.startsWith(KB)).toBe(true);
  });

  test('the TimelineJS export loads, shows the title as text and keeps month and year precision', async () => {
    const config = await loadWithTimelineJs(
      JSON.parse(read('data/cases/fixture-case.timelinejs.json')),
    );
    expect(config.getErrors()).toEqual([]);
    const slide = (id: string) => config.events.find((e) => e.unique_id === id)!;
    expect(textOf(slide('nasty-event').text.headline).textContent).toBe(NASTY_TITLE);
    expect([
      slide('corrected-announcement').start_date.data.format,
      slide('backdated-report').start_date.data.format,
    ]).toEqual(['month', 'year']);
  });
});

describe('pages under /kb/', () => {
  test('announce their feeds with absolute URLs under the base path', () => {
    const { document } = parseHTML(read('actors/fixture-ngo/index.html'));
    const first = document.querySelector('link[rel="alternate"]')!;
    expect([first.getAttribute('title'), first.getAttribute('href')]).toEqual([
      'NGO "Ω" & <Co> 🎉 (RSS)',
      `${KB}actors/fixture-ngo/rss.xml`,
    ]);
    expect(read('cases/fixture-case/index.html')).toContain(
      `href="webcal://casetrail.example/kb/cases/fixture-case/calendar.ics"`,
    );
  });
});
