import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, DIST, readDist, ROOT } from '../helpers/site';
import { openIndex, type IndexAnswer } from '../helpers/pagefind';
import { decodeFacetTable } from '../../src/lib/search/facet-table';
import { decodePageList } from '../../src/lib/search/page-list';
import { buildFacetLabels } from '../../src/lib/search/facets';
import { EMPTY_SEARCH } from '../../src/lib/search/query';
import { describeNoResults } from '../../src/lib/search/results';
import { searchFixtureModel } from '../fixtures/search-model';

type Search = (term: string | null, options?: Record<string, unknown>) => Promise<IndexAnswer>;

const COLOGNE = '/events/2025-05-23-cologne-court-denies-injunction/';
const COLOGNE_COURT = '/actors/court-cologne/';
let search: Search;

// The pages Pagefind must index: one per event, case and actor in dist/.
function entryPages(dist: string): string[] {
  return ['events', 'cases', 'actors'].flatMap((section) =>
    readdirSync(join(dist, section), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `/${section}/${d.name}/`),
  );
}

const urls = (answer: IndexAnswer) => answer.hits.map((h) => h.url);

beforeAll(async () => {
  search = await openIndex(DIST);
});

describe('the search index', () => {
  test('holds every event, case and actor page and nothing else', async () => {
    const all = await search(null);
    expect(urls(all).sort()).toEqual(entryPages(DIST).sort());
  });

  test('gives every indexed page a date sort value, so sorting by date drops none', async () => {
    const sorted = await search(null, { sort: { date: 'asc' } });
    expect(sorted.hits).toHaveLength(entryPages(DIST).length);
  });

  test('sorts by date oldest first when asked', async () => {
    const events = await search(null, { filters: { type: 'event' }, sort: { date: 'asc' } });
    expect(urls(events)[0]).toBe('/events/2025-04-meta-announces-eu-ai-training/');
    expect(urls(events).at(-1)).toBe('/events/2025-05-27-meta-ai-training-start/');
  });

  test.each([
    ['precedent', COLOGNE],
    ['risky', COLOGNE],
    ['excluding', '/events/2025-04-meta-announces-eu-ai-training/'],
    ['opt-in', '/events/2025-05-noyb-cease-and-desist-letter/'],
  ])('finds "%s", written only in one event, on that event first', async (word, page) => {
    // The premise: of all event pages, only this one has the word.
    const events = entryPages(DIST).filter((p) => p.startsWith('/events/'));
    const holders = events.filter((p) => readDist(`${p}index.html`).toLowerCase().includes(word));
    expect(holders).toEqual([page]);
    expect(urls(await search(word))[0]).toBe(page);
  });

  test('narrows "injunction" to the Cologne ruling with kind=ruling', async () => {
    const broad = await search('injunction');
    const narrow = await search('injunction', { filters: { kind: 'ruling' } });
    expect(broad.hits.length).toBeGreaterThan(3);
    expect(urls(narrow)).toEqual([COLOGNE]);
  });

  test('counts each facet value of the current results', async () => {
    const answer = await search('injunction');
    expect(answer.filters.kind?.ruling).toBe(1);
    expect(answer.filters.actor?.['court-cologne']).toBeGreaterThanOrEqual(2);
    expect(answer.filters.year?.['2025']).toBeGreaterThan(0);
  });

  test('finds an event by any of its actors, the court included', async () => {
    const byCourt = await search(null, { filters: { type: 'event', actor: 'court-cologne' } });
    expect(urls(byCourt)).toContain(COLOGNE);
    expect(urls(byCourt)).not.toContain('/events/2025-04-meta-announces-eu-ai-training/');
  });

  test('returns the metadata a result shows', async () => {
    const [hit] = (await search('precedent')).hits;
    expect(hit?.meta).toMatchObject({
      title: expect.stringContaining('Cologne court denies'),
      date: '23 May 2025',
      kind: 'Ruling',
      case: expect.any(String),
      summary: expect.any(String),
    });
  });

  test.each([
    '"Skip to content"',
    '"All cases"',
    '"All actors"',
    '"Events, oldest first"',
    '"Related events"',
    'Casetrail is a knowledge base',
  ])('does not match site chrome: %s', async (phrase) => {
    const answer = await search(phrase);
    expect(
      answer.hits.filter((h) =>
        /skip to content|all cases|all actors|oldest first|related events|knowledge base/i.test(
          h.excerpt.replace(/<\/?mark>/g, ''),
        ),
      ),
    ).toEqual([]);
  });

  test('does not match the nav and section label "Actors" as a word on the page', async () => {
    const answer = await search('Actors');
    const labelled = answer.hits.filter((h) => /<mark>actors\.?<\/mark>/i.test(h.excerpt));
    expect(labelled.map((h) => h.url)).toEqual([]);
    expect(answer.hits.length).toBeLessThan(entryPages(DIST).length);
  });
});

describe('the facet table the search page counts with', () => {
  test('lists the pages in the order of a search sorted by date, each with its own facet values', async () => {
    const table = decodeFacetTable(JSON.parse(readDist('search/facets.json')));
    const sorted = await search(null, { sort: { date: 'asc' } });
    expect(table.pages).toBe(sorted.hits.length);
    // Page by page: the values the table files a position under are the values Pagefind holds
    // for the page it sorts to that position, so counts and filters name the right pages.
    const fromTable = sorted.hits.map(() => [] as string[]);
    for (const [name, byValue] of table.facets)
      for (const [value, positions] of byValue)
        for (const position of positions) fromTable[position]!.push(`${name}=${value}`);
    const fromIndex = sorted.hits.map((hit) =>
      Object.entries(hit.filters).flatMap(([name, values]) => values.map((v) => `${name}=${v}`)),
    );
    expect(fromTable.map((values) => values.sort())).toEqual(
      fromIndex.map((values) => values.sort()),
    );
  });
});

describe('the page list a case page narrows its timeline with', () => {
  test('names, row by row, the page a search sorted by date puts there', async () => {
    const table = decodeFacetTable(JSON.parse(readDist('search/facets.json')));
    const rows = decodePageList(JSON.parse(readDist('search/pages.json')), table.pages);
    const sorted = await search(null, { sort: { date: 'asc' } });
    const path = { event: 'events', case: 'cases', actor: 'actors' } as const;
    expect(rows.map((row) => `/${path[row.type]}/${row.id}/`)).toEqual(urls(sorted));
  });
});

describe('the search index under a base path', () => {
  const outDir = join(ROOT, 'tests/.tmp/search-base');
  let searchBase: Search;

  beforeAll(async () => {
    await buildSite({ outDir, env: { CASETRAIL_BASE: '/kb/' } });
    searchBase = await openIndex(outDir, '/kb/');
  });

  test('links results under the base path', async () => {
    expect(urls(await searchBase('precedent'))).toEqual([`/kb${COLOGNE}`]);
  });

  test('loads Pagefind from under the base path in the browser code', () => {
    const html = readDist('search/index.html', outDir);
    expect(html).toContain('/kb/_astro/');
    const scripts = readdirSync(join(outDir, '_astro')).filter((f) => f.endsWith('.js'));
    const code = scripts.map((f) => readDist(`_astro/${f}`, outDir)).join('\n');
    expect(code).toContain('/kb/');
    expect(code).toContain('pagefind/pagefind.js');
  });
});

// Every text an editor wrote in content/: a capital right after a lower-case letter or a digit
// is fine where the content has it ("WhatsApp"), and a sign of two fields run together anywhere
// else ("24 May 2025Occurred", "None of Your BusinessAuthor").
function contentText(dir = join(ROOT, 'content')): string {
  return readdirSync(dir, { withFileTypes: true })
    .map((d) =>
      d.isDirectory() ? contentText(join(dir, d.name)) : readFileSync(join(dir, d.name), 'utf8'),
    )
    .join('\n');
}

describe('what the index holds for each page', () => {
  test('never runs two fields together, in the indexed text (excerpts) or any metadata', async () => {
    const written = contentText();
    const all = await search(null);
    const joined = all.hits.flatMap((hit) =>
      [hit.excerpt, hit.content ?? '', ...Object.values(hit.meta)].flatMap((text) =>
        [...text.matchAll(/\S*[\p{Ll}\d][\p{Lu}]\S*/gu)]
          .map((m) => m[0].replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, ''))
          .filter((word) => !written.includes(word))
          .map((word) => `${hit.url}: ${word}`),
      ),
    );
    expect(all.hits.length).toBe(entryPages(DIST).length);
    expect(joined).toEqual([]);
  });

  test.each([
    ['event', ['date', 'kind', 'title']],
    ['case', ['status', 'span', 'title']],
    ['actor', ['kind', 'title']],
  ])(
    'gives every %s page what identifies it, and an event date only to events',
    async (type, fields) => {
      const { hits } = await search(null, { filters: { type } });
      expect(hits.length).toBeGreaterThan(0);
      for (const hit of hits) {
        expect(Object.keys(hit.meta)).toEqual(expect.arrayContaining(fields));
        if (type !== 'event') expect(hit.meta).not.toHaveProperty('date');
      }
    },
  );
});

describe('searching as readers type', () => {
  test.each(['Köln', 'Koeln', 'Koln', 'koeln'])(
    'finds the Cologne court and its events for "%s", which no page shows as such',
    async (word) => {
      const found = urls(await search(word));
      expect(found[0]).toBe(COLOGNE_COURT);
      expect(found).toEqual(
        expect.arrayContaining([
          COLOGNE,
          '/events/2025-05-verbraucherzentrale-nrw-injunction-request/',
        ]),
      );
    },
  );

  test.each(['2025-05-23', '23 May 2025'])(
    'ranks the ruling of 23 May 2025 first for "%s"',
    async (typed) => {
      expect(urls(await search(typed))[0]).toBe(COLOGNE);
    },
  );

  test('ranks the events of May 2025 first for "May 2025"', async () => {
    const found = urls(await search('May 2025'));
    // The events whose date, as the page shows it, lies in May 2025.
    const events = await search(null, { filters: { type: 'event' } });
    const inMay = events.hits.filter((h) => h.meta.date?.includes('May 2025')).map((h) => h.url);
    expect(inMay.length).toBeGreaterThan(2);
    expect(found.slice(0, inMay.length).sort()).toEqual(inMay.sort());
  });

  test('says that a filter emptied the results, and how many there are without it', async () => {
    const without = await search('noyb');
    const narrowed = await search('noyb', { filters: { kind: 'ruling' } });
    expect(without.hits.length).toBeGreaterThan(1);
    expect(narrowed.hits).toEqual([]);
    expect(narrowed.unfilteredResultCount).toBe(without.hits.length);
    const said = describeNoResults(
      { ...EMPTY_SEARCH, query: 'noyb', filters: { kind: 'ruling' } },
      narrowed.unfilteredResultCount,
      buildFacetLabels(searchFixtureModel()),
    );
    expect(said.message).toBe(
      `No results for “noyb” with this filter (kind of event: Ruling). Without it, “noyb” has ${without.hits.length} results.`,
    );
    expect(said.clear).toBe(`Clear filters and show ${without.hits.length} results`);
  });

  test('files every event under at most two years, and only events under years', async () => {
    const { hits } = await search(null);
    for (const hit of hits) {
      const years = hit.filters.year ?? [];
      expect(years.length).toBeLessThanOrEqual(hit.url.startsWith('/events/') ? 2 : 0);
    }
  });
});
