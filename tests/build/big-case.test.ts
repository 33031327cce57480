import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  BIG_TIMELINE,
  expandTimeline,
  linkEvents,
  nameEvents,
  type CompactTimeline,
} from '../../src/lib/timeline/compact';
import {
  checkCompactTimeline,
  checkEventDetails,
  checkEventIds,
  checkEventNames,
} from '../../src/lib/timeline/compact-check';
import { detailsChunks } from '../../src/lib/timeline/details';
import type { TimelineLink } from '../../src/lib/timeline/types';
import { LATEST_LISTED } from '../../src/lib/timeline/years';
import { ROOT, readDist } from '../helpers/site';
import { BIG_CASE, BIG_CASE_EVENTS, buildBigCase } from '../helpers/big-case';
import { loadPage } from '../helpers/html';

// A big case built from the benchmark's synthetic corpus (never content): 300 events over 25
// years, all in case `bench-all`; the other cases hold fewer than BIG_TIMELINE each.
const EVENTS = BIG_CASE_EVENTS;
const CASE = BIG_CASE;
const SMALL = 'bench-case-1';
let OUT = join(ROOT, 'tests/.tmp/big-case');

const page = (path: string) => loadPage(path, OUT);
const allEvents = () =>
  (JSON.parse(readDist(`data/cases/${CASE}.json`, OUT)) as { events: { id: string }[] }).events.map(
    (e) => e.id,
  );
// Site paths of the links on a page, without fragment or query.
const hrefs = (doc: Document, selector = 'a[href]') =>
  [...doc.querySelectorAll<HTMLAnchorElement>(selector)].map(
    (a) => new URL(a.getAttribute('href') ?? '', 'https://x.test/').pathname,
  );

beforeAll(async () => {
  OUT = await buildBigCase('big-case');
}, 600_000);

describe('a big case page', () => {
  test('reaches every one of its events by links alone, through its year pages', () => {
    const seen = new Set<string>();
    const queue = [`/cases/${CASE}/`];
    const events = new Set<string>();
    while (queue.length > 0) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      for (const href of hrefs(page(`${path}index.html`))) {
        const event = /^\/events\/([^/]+)\/$/.exec(href)?.[1];
        if (event) events.add(event);
        else if (new RegExp(`^/cases/${CASE}/\\d{4}/$`).test(href)) queue.push(href);
      }
    }
    expect(allEvents().length).toBe(EVENTS);
    expect([...events].sort()).toEqual(expect.arrayContaining(allEvents()));
    expect(seen.size).toBeGreaterThan(20);
  });

  test("names the lanes of events shared with other cases by those cases' titles", () => {
    const data = JSON.parse(readDist(`data/cases/${CASE}.timeline.json`, OUT)) as CompactTimeline;
    const titles = (
      JSON.parse(readDist('data/index.json', OUT)) as {
        cases: { id: string; title: string }[];
      }
    ).cases;
    const lanes = Object.entries(data.names);
    expect(lanes.length).toBeGreaterThan(1);
    for (const [id, name] of lanes) expect(name).toBe(titles.find((c) => c.id === id)?.title);
  });

  test('fetches its chart data from one prepared file instead of carrying it', () => {
    const doc = page(`cases/${CASE}/index.html`);
    const figure = doc.querySelector('.ct-timeline');
    const src = figure?.getAttribute('data-ct-src');
    expect(src).toBe(`/data/cases/${CASE}.timeline.json`);
    expect(figure?.querySelector('script[data-ct-data]')).toBeNull();
    expect(figure?.querySelectorAll('svg[data-variant]')).toHaveLength(0);
    const data = checkCompactTimeline(JSON.parse(readDist(src!.slice(1), OUT)), src!);
    const prepared = expandTimeline(data, src!);
    expect(prepared.events).toHaveLength(allEvents().length);
    expect(prepared.lanes[0]?.label).toBe('Synthetic case with every event');
  });

  test('names in its chart file only the events its fitted view labels; the rest in chunks', () => {
    const src = `/data/cases/${CASE}.timeline.json`;
    const data = checkCompactTimeline(JSON.parse(readDist(src.slice(1), OUT)), src);
    const { named, details: ref } = data;
    expect(named).not.toBeNull();
    expect(named!.length).toBeLessThan(data.count / 4);
    expect(data.fit?.map((f) => f.width)).toEqual([280, 360, 480, 640, 800, 1040]);
    expect(data.links).toEqual([]);
    const read = (url: string) => JSON.parse(readDist(url.slice(1), OUT)) as unknown;
    expect(ref).toMatchObject({
      names: [`/data/cases/${CASE}/names/`, '.json'],
      ids: `/data/cases/${CASE}/ids.json`,
    });
    const ids = checkEventIds(read(ref!.ids), ref!.ids, { key: ref!.key, count: data.count });
    expect(ids.id).toEqual(allEvents());
    // Every chunk in, as the browser loads them while zooming and listing: the whole chart.
    // The names first: a link names its target by index (`#12`) while the target's id is not in.
    const prepared = expandTimeline(data, src);
    const chunks = Array.from({ length: detailsChunks(data.count) }, (_, n) => {
      const first = n * ref!.size;
      return { n, first, count: Math.min(ref!.size, data.count - first) };
    });
    for (const { n, first, count } of chunks) {
      const url = `${ref!.names[0]}${n}${ref!.names[1]}`;
      const names = checkEventNames(read(url), url, { key: ref!.key, first, count });
      nameEvents(prepared, data, first, names.id, names.title);
    }
    for (const { n, first, count } of chunks) {
      const url = `${ref!.url[0]}${n}${ref!.url[1]}`;
      const details = checkEventDetails(read(url), url, {
        key: ref!.key,
        first,
        count,
        kinds: data.linkKinds.length,
      });
      linkEvents(prepared, data, first, details.links);
    }
    const api = JSON.parse(readDist(`data/cases/${CASE}.json`, OUT)) as {
      events: { id: string; title: string; url: string; links: TimelineLink[] }[];
    };
    expect(prepared.events.map((e) => e.id)).toEqual(allEvents());
    expect(prepared.events.map((e) => e.title)).toEqual(api.events.map((e) => e.title));
    expect(prepared.events.map((e) => new URL(e.url, 'https://casetrail.example/').href)).toEqual(
      api.events.map((e) => e.url),
    );
    expect(prepared.events.map((e) => e.links)).toEqual(
      api.events.map((e) => e.links.map(({ type, label, event }) => ({ type, label, event }))),
    );
    expect(prepared.events.some((e) => e.links.length > 0)).toBe(true);
  });

  test('draws a bar per year without its script, each linking to that year', () => {
    const doc = page(`cases/${CASE}/index.html`);
    const bars = [...doc.querySelectorAll('.ct-overview-bars > li')];
    const years = readdirSync(join(OUT, 'cases', CASE)).filter((f) => /^\d{4}$/.test(f));
    expect(bars.length).toBeGreaterThanOrEqual(years.length);
    expect(hrefs(doc, '.ct-overview-bars a').sort()).toEqual(
      years.map((y) => `/cases/${CASE}/${y}/`).sort(),
    );
    expect(doc.querySelector('.ct-overview-caption')?.textContent).toContain('300 events from');
  });

  test(`lists its latest ${LATEST_LISTED} events and links to every year`, () => {
    const doc = page(`cases/${CASE}/index.html`);
    const ids = [...doc.querySelectorAll('ol.event-list > li')].map((li) =>
      li.getAttribute('data-event-id'),
    );
    expect(ids).toEqual(allEvents().slice(-LATEST_LISTED));
    const years = readdirSync(join(OUT, 'cases', CASE)).filter((f) => /^\d{4}$/.test(f));
    expect(hrefs(doc, '.year-index a').sort()).toEqual(
      years.map((y) => `/cases/${CASE}/${y}/`).sort(),
    );
    expect(doc.querySelector('.year-index a[aria-current]')).toBeNull();
    expect(doc.querySelector('#events-heading')?.textContent).toBe(
      `The latest ${LATEST_LISTED} events, oldest first`,
    );
  });
});

describe('a year page', () => {
  const years = () => readdirSync(join(OUT, 'cases', CASE)).filter((f) => /^\d{4}$/.test(f));

  test('has its own title, heading and canonical URL, and is in the sitemap', () => {
    const sitemap = readdirSync(OUT)
      .filter((f) => /^sitemap-\d+\.xml$/.test(f))
      .map((f) => readFileSync(join(OUT, f), 'utf8'))
      .join('');
    for (const year of years()) {
      const doc = page(`cases/${CASE}/${year}/index.html`);
      const url = `https://casetrail.example/cases/${CASE}/${year}/`;
      expect(doc.querySelector('h1')?.textContent).toBe(`Events in ${year}`);
      expect(doc.title).toContain(`events in ${year}`);
      expect(
        new URL(doc.querySelector('link[rel="canonical"]')!.getAttribute('href')!).pathname,
      ).toBe(new URL(url).pathname);
      expect(sitemap).toContain(`/cases/${CASE}/${year}/</loc>`);
    }
  });

  test('links the years before and after it', () => {
    const list = years().sort();
    const doc = page(`cases/${CASE}/${list[1]}/index.html`);
    expect(hrefs(doc, 'a[rel="prev"]')).toEqual([`/cases/${CASE}/${list[0]}/`]);
    expect(hrefs(doc, 'a[rel="next"]')).toEqual([`/cases/${CASE}/${list[2]}/`]);
  });
});

describe('a case under the size limit', () => {
  test(`keeps its events inline and on one page (at most ${BIG_TIMELINE} events)`, () => {
    const doc = page(`cases/${SMALL}/index.html`);
    const count = doc.querySelectorAll('ol.event-list > li').length;
    expect(count).toBeLessThanOrEqual(BIG_TIMELINE);
    expect(doc.querySelector('.ct-timeline script[data-ct-data]')).not.toBeNull();
    expect(doc.querySelector('.year-index')).toBeNull();
    expect(existsSync(join(OUT, 'cases', SMALL, '2010'))).toBe(false);
  });
});
