/**
 * A search-only site of N benchmark events: the corpus's event, case and actor pages rendered
 * straight from the model as the HTML Pagefind reads, indexed with the site's own options, and
 * served beside the search page and scripts of a real build. A 10,000-event `astro build` takes
 * over ten minutes with its social cards; this takes about a minute, and indexes the same text
 * and search attributes (title, summary, body, actors, sources, and the attributes of
 * src/lib/search/attributes.ts, as SearchAttributes.astro writes them). What it leaves out, the
 * site's chrome, is not indexed on the real site either.
 */
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { writeCorpus } from '../corpus';
import { checkedModelFromRaw } from '../../src/harness/model';
import { INDEX_OPTIONS } from '../../src/integrations/pagefind';
import { readContentTree } from '../../src/lib/check/read';
import type { Model } from '../../src/lib/model/types';
import { encodeFacetTable } from '../../src/lib/search/facet-table';
import { searchPages, searchSortValue, type SearchPage } from '../../src/lib/search/pages';
import { SORT_KEY } from '../../src/lib/search/filters';

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

function attributesHtml(page: SearchPage): string {
  const { attributes } = page;
  const spans = [
    ...Object.entries(attributes.filters).flatMap(([name, values]) =>
      values.map((v) => `<span data-pagefind-filter="${name}">${escape(v)}</span>`),
    ),
    `<span data-pagefind-sort="${SORT_KEY}">${escape(searchSortValue(page))}</span>`,
    ...Object.entries(attributes.meta).map(
      ([name, v]) => `<span data-pagefind-meta="${name}">${escape(v)}</span>`,
    ),
  ];
  return `<div hidden data-pagefind-ignore>${spans.join('')}</div>`;
}

// Markdown to the blocks Pagefind sees: headings, paragraphs, list items.
function bodyHtml(markdown: string): string {
  return markdown
    .split(/\n{2,}/)
    .map((block) =>
      block.startsWith('## ')
        ? `<h2>${escape(block.slice(3))}</h2>`
        : block.startsWith('- ')
          ? `<ul>${block
              .split('\n')
              .map((line) => `<li>${escape(line.slice(2))}</li>`)
              .join('')}</ul>`
          : `<p>${escape(block)}</p>`,
    )
    .join('');
}

function html(title: string, lede: string, inner: string, page: SearchPage): string {
  return `<!doctype html><html lang="en"><head><title>${escape(title)}</title></head><body><main><article data-pagefind-body><p class="muted">Kicker</p><h1>${escape(title)}</h1><p class="lede">${escape(lede)}</p><dl class="meta-list"><dt>Date</dt><dd>x</dd></dl>${inner}${attributesHtml(page)}</article></main></body></html>`;
}

function loadModel(dir: string): { model: Model; bodies: Map<string, string> } {
  const files = readContentTree(dir);
  const bodies = new Map(files.map((f) => [`${f.collection}/${f.id}`, f.body]));
  return { model: checkedModelFromRaw(files, 'the bench corpus'), bodies };
}

async function writeIndex(
  corpus: string,
  site: string,
  log: (text: string) => void,
): Promise<void> {
  let started = performance.now();
  const { model, bodies } = loadModel(corpus);
  const name = (id: string) => model.actors.get(id)?.data.name ?? id;
  log(`corpus and model: ${Math.round(performance.now() - started)} ms`);
  started = performance.now();
  const { index } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error('bench: Pagefind returned no index');
  const add = async (url: string, content: string) => {
    const { errors } = await index.addHTMLFile({ url, content });
    if (errors.length > 0) throw new Error(`bench: Pagefind: ${errors.join('; ')}`);
  };
  for (const page of searchPages(model)) {
    if (page.type === 'event') {
      const { data } = model.eventsById.get(page.id)!;
      const inner = `<div class="prose">${bodyHtml(bodies.get(`events/${page.id}`) ?? '')}</div><section><h2 id="actors-heading">Actors</h2><ul>${data.actors
        .map((a) => `<li><a href="#">${escape(name(a.id))}</a> <span>(${a.role})</span></li>`)
        .join('')}</ul></section><section><h2 id="sources-heading">Sources</h2><ol>${data.sources
        .map((s) => `<li>${escape(s.title)}, ${escape(s.publisher ?? '')}</li>`)
        .join('')}</ol></section>`;
      await add(`/events/${page.id}/`, html(data.title, data.summary, inner, page));
    } else if (page.type === 'case') {
      const { data } = model.cases.get(page.id)!;
      const inner = bodyHtml(bodies.get(`cases/${page.id}`) ?? '');
      await add(`/cases/${page.id}/`, html(data.title, data.summary, inner, page));
    } else {
      const { data } = model.actors.get(page.id)!;
      await add(`/actors/${page.id}/`, html(data.name, data.description ?? '', '', page));
    }
  }
  const { errors } = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (errors.length > 0) throw new Error(`bench: Pagefind: ${errors.join('; ')}`);
  await pagefind.close();
  log(
    `indexed ${model.events.length + model.cases.size + model.actors.size} pages: ${Math.round(performance.now() - started)} ms`,
  );
}

/**
 * Write the search-only site of `n` events under `root` and return its folder. The index is
 * reused from an earlier run unless `fresh`; the search page and scripts are copied from `dist`
 * every time, since they are what is measured.
 */
export async function writeSearchSite(
  n: number,
  dist: string,
  root: string,
  options: { fresh?: boolean; log?: (text: string) => void } = {},
): Promise<string> {
  const log = options.log ?? console.log;
  if (!existsSync(join(dist, 'search/index.html')))
    throw new Error(`bench: ${dist} has no search page; run npm run build first`);
  const corpus = join(root, `search-corpus-${n}`);
  const site = join(root, `search-site-${n}`);
  if (options.fresh || !existsSync(join(site, 'pagefind/pagefind-entry.json'))) {
    if (!existsSync(corpus)) writeCorpus(n, corpus);
    rmSync(site, { recursive: true, force: true });
    mkdirSync(site, { recursive: true });
    await writeIndex(corpus, site, log);
  }
  for (const folder of ['search', '_astro']) {
    rmSync(join(site, folder), { recursive: true, force: true });
    cpSync(join(dist, folder), join(site, folder), { recursive: true });
  }
  // The search page's facet table, of this corpus rather than the build's.
  writeFileSync(
    join(site, 'search/facets.json'),
    JSON.stringify(encodeFacetTable(searchPages(loadModel(corpus).model))),
  );
  return site;
}
