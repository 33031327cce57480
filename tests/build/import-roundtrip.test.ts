import { cpSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { parseHTML } from 'linkedom';
import Parser from 'rss-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { runCli } from '../helpers/cli';
import { schemaValidator } from '../helpers/schema';
import { buildSite, readDist, ROOT } from '../helpers/site';
import { comparableSlide, loadWithTimelineJs, type ComparableSlide } from '../helpers/timelinejs';

// Import each fixture with the CLI into a content folder that has no actors/, build the site,
// and read the TimelineJS export back: what came in must come out.
const TREE = join(ROOT, 'tests/.tmp/import-tree');
const OUT = 'tests/.tmp/import-dist';
const DIST = join(ROOT, OUT);
const FIXTURES = join(ROOT, 'tests/fixtures/import');
const read = (path: string) => readDist(path, DIST);

type Source = { events: Parameters<typeof comparableSlide>[0][] };
const json = (name: string) =>
  JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Source & { title: unknown };

// The sheet read column by column, independently of the importer; rows of another length are the
// ones the import must refuse.
function sheetSlides(name: string): Parameters<typeof comparableSlide>[0][] {
  const records: string[][] = parse(readFileSync(join(FIXTURES, name), 'utf8'), {
    relax_column_count: true,
  });
  const [header, ...rows] = records;
  const at = (row: string[], column: string) => row[header!.indexOf(column)];
  return rows
    .filter((row) => row.length === header!.length && !at(row, 'Type'))
    .map((row) => ({
      start_date: { year: at(row, 'Year'), month: at(row, 'Month'), day: at(row, 'Day') },
      end_date: { year: at(row, 'End Year'), month: at(row, 'End Month'), day: at(row, 'End Day') },
      text: { headline: at(row, 'Headline') },
      media: {
        url: at(row, 'Media'),
        credit: at(row, 'Media Credit'),
        caption: at(row, 'Media Caption'),
      },
      group: at(row, 'Group'),
    }));
}

const CASES = [
  ['import-biography', 'timelinejs', 'timelinejs-biography.json'],
  ['import-history', 'timelinejs', 'timelinejs-history.json'],
  ['import-sheet', 'csv', 'sheet-template.csv'],
] as const;

const reports = new Map<string, string>();
let buildOutput = '';

beforeAll(async () => {
  rmSync(TREE, { recursive: true, force: true });
  mkdirSync(join(TREE, 'events'), { recursive: true });
  cpSync(join(FIXTURES, 'tree'), TREE, { recursive: true });
  const env = { CASETRAIL_CONTENT: TREE };
  for (const [caseId, format, file] of CASES) {
    const run = await runCli(
      'import',
      [format, join(FIXTURES, file), '--case', caseId, '--kind', 'report'],
      env,
    );
    reports.set(caseId, run.stdout + run.stderr);
  }
  rmSync(DIST, { recursive: true, force: true });
  const { stdout, stderr } = await buildSite({ outDir: OUT, env });
  buildOutput = stdout + stderr;
}, 600_000);

const byHeadline = (a: ComparableSlide, b: ComparableSlide) => a.headline.localeCompare(b.headline);

describe('import → build → TimelineJS export', () => {
  test.each([
    ['import-biography', json('timelinejs-biography.json').events, 0],
    ['import-history', json('timelinejs-history.json').events, 0],
    ['import-sheet', sheetSlides('sheet-template.csv'), 1],
  ])(
    '%s comes back with every slide: dates at their precision, headlines, media and groups',
    async (caseId, source, refused) => {
      expect(reports.get(caseId)).toContain(
        `${source.length} of ${source.length + refused} ${caseId === 'import-sheet' ? 'lines' : 'events'} converted`,
      );
      const exported = JSON.parse(read(`data/cases/${caseId}.timelinejs.json`)) as Source;
      const config = await loadWithTimelineJs(exported);
      expect(config.getErrors()).toEqual([]);
      expect(exported.events.map(comparableSlide).sort(byHeadline)).toEqual(
        source.map(comparableSlide).sort(byHeadline),
      );
    },
  );

  test("events of one day keep the source's order, not the order of their ids", async () => {
    const exported = JSON.parse(read('data/cases/import-biography.timelinejs.json')) as Source;
    const config = await loadWithTimelineJs(exported);
    const sameDay = ['Morning lecture', 'Afternoon seminar', 'Evening interview'];
    expect(config.events.map((e) => e.text.headline).filter((h) => sameDay.includes(h))).toEqual(
      sameDay,
    );
    const list = parseHTML(read('cases/import-biography/index.html')).document;
    const titles = Array.from(list.querySelectorAll('.event-list li'))
      .map((li) => li.textContent ?? '')
      .map((t) => sameDay.find((h) => t.includes(h)))
      .filter(Boolean);
    expect(titles).toEqual(sameDay);
  });

  test("the title slide's text comes from the case overview, not its summary", () => {
    const exported = JSON.parse(read('data/cases/import-history.timelinejs.json')) as {
      title: { text: { headline: string; text: string } };
    };
    expect(exported.title.text.headline).toBe('A synthetic history');
    expect(exported.title.text.text).toContain(
      'Test data only: approximate and uncertain dates, as history timelines write them.',
    );
    expect(exported.title.text.text).not.toContain('A synthetic case for the import round trip');
  });
});

describe('imported media and dates in the built site', () => {
  test('an event page shows the media with its credit and caption, and the quote with its source', () => {
    const doc = parseHTML(read('events/1961-05-02-earns-her-doctorate/index.html')).document;
    const figure = doc.querySelector('figure.media');
    expect(figure?.querySelector('img')?.getAttribute('src')).toBe(
      'https://upload.wikimedia.org/wikipedia/commons/0/01/Synthetic_thesis_page.jpg',
    );
    expect(figure?.querySelector('figcaption')?.textContent).toBe(
      'The thesis title page · Example University Archive',
    );
    const quote = parseHTML(
      read('events/1962-03-publishes-a-sorting-algorithm/index.html'),
    ).document.querySelector('figure.quote');
    expect(quote?.querySelector('blockquote')?.textContent).toBe(
      'Sorting is mostly waiting for the right comparison.',
    );
    expect(quote?.querySelector('cite')?.textContent).toBe('Ada Example');
  });

  test('the case feed carries the media', async () => {
    const feed = await new Parser().parseString(read('cases/import-history/rss.xml'));
    const wall = feed.items.find((i) => i.title === 'A wall is finished');
    expect(wall?.['content:encoded']).toContain('<img src="https://example.org/images/wall.png"');
  });

  test.each([
    ['0478-a-wall-is-finished', /<time datetime="0478"[^>]*>about 0?478<\/time>/, 'c. 477–480 CE'],
    ['1937-born', /<time datetime="1937"[^>]*>1937<\/time>/, 'Spring 1937'],
  ])('event %s shows its date as %s and keeps "%s" as its date note', (id, date, note) => {
    const html = read(`events/${id}/index.html`);
    expect(html).toMatch(date);
    expect(html).toContain(`<em>Date as the source gives it: ${note}.</em>`);
  });

  test('the data API carries the media, and the embed page shows it on the card', () => {
    const doc = JSON.parse(read('data/cases/import-history.json')) as {
      events: { title: string; media: unknown[] }[];
    };
    expect(schemaValidator('case-v1.json')(doc)).toEqual([]);
    expect(doc.events.find((e) => e.title === 'A wall is finished')?.media).toEqual([
      {
        url: 'https://example.org/images/wall.png',
        credit: 'Example Museum',
        caption: 'A drawing of the wall',
      },
    ]);
    const card = parseHTML(read('embed/import-history/index.html')).document.querySelector(
      '#event-0478-a-wall-is-finished',
    );
    expect(card?.querySelector('.card-media img')?.getAttribute('src')).toBe(
      'https://example.org/images/wall.png',
    );
    expect(card?.querySelector('.card-media .credit')?.textContent).toBe('Example Museum');
  });

  test('a content folder without actors/ builds without a warning about it', () => {
    expect(buildOutput).not.toMatch(/actors.*does not exist|does not exist or is empty/);
  });
});
