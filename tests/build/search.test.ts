import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, DIST, readDist, ROOT } from '../helpers/site';
import { openIndex, type IndexAnswer } from '../helpers/pagefind';

type Search = (term: string | null, options?: Record<string, unknown>) => Promise<IndexAnswer>;

const COLOGNE = '/events/2025-05-23-cologne-court-denies-injunction/';
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
