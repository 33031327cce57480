/**
 * Measure the search page's first and filtered query at N events without building the whole
 * site (a 10,000-event `astro build` takes over ten minutes with its social cards):
 * `npx tsx bench/search-index.ts 10000 [dist] [--measure]` (`--measure`: measure the index an
 * earlier run wrote, without writing it again).
 *
 * It writes the benchmark corpus, builds the model from it, renders each event, case and actor
 * page as the HTML Pagefind reads (title, summary, body, actors, sources, and the search
 * attributes of src/lib/search/attributes.ts, as SearchAttributes.astro writes them), indexes
 * them with the site's own Pagefind options, and serves that index beside the search page and
 * scripts of a real build (`dist`, default ./dist). What it leaves out (the site's chrome) is
 * not indexed on the real site either.
 */
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as pagefind from 'pagefind';
import { writeCorpus } from './corpus';
import { measureSearch } from './lib/search';
import { launchChromium } from '../src/harness/chromium';
import { checkedModelFromRaw } from '../src/harness/model';
import { INDEX_OPTIONS } from '../src/integrations/pagefind';
import { readContentTree } from '../src/lib/check/read';
import type { Model } from '../src/lib/model/types';
import {
  actorSearchAttributes,
  caseSearchAttributes,
  eventSearchAttributes,
} from '../src/lib/search/attributes';
import { SORT_KEY, type SearchAttributes } from '../src/lib/search/filters';

// `--measure` measures an index an earlier run wrote, without writing it again.
const measureOnly = process.argv.includes('--measure');
const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const n = Number(args[0] ?? 10000);
const dist = resolve(args[1] ?? 'dist');
const root = resolve('bench/.out');
const corpus = join(root, `search-corpus-${n}`);
const site = join(root, `search-site-${n}`);

const escape = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

function attributesHtml(attributes: SearchAttributes): string {
  const spans = [
    ...Object.entries(attributes.filters).flatMap(([name, values]) =>
      values.map((v) => `<span data-pagefind-filter="${name}">${escape(v)}</span>`),
    ),
    `<span data-pagefind-sort="${SORT_KEY}">${escape(attributes.sort)}</span>`,
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

function page(title: string, lede: string, inner: string, attributes: SearchAttributes): string {
  return `<!doctype html><html lang="en"><head><title>${escape(title)}</title></head><body><main><article data-pagefind-body><p class="muted">Kicker</p><h1>${escape(title)}</h1><p class="lede">${escape(lede)}</p><dl class="meta-list"><dt>Date</dt><dd>x</dd></dl>${inner}${attributesHtml(attributes)}</article></main></body></html>`;
}

function loadModel(dir: string): { model: Model; bodies: Map<string, string> } {
  const files = readContentTree(dir);
  const bodies = new Map(files.map((f) => [`${f.collection}/${f.id}`, f.body]));
  return { model: checkedModelFromRaw(files, 'the bench corpus'), bodies };
}

if (!measureOnly || !existsSync(join(site, 'pagefind'))) {
  if (!existsSync(join(dist, 'search/index.html')))
    throw new Error(`bench: ${dist} has no search page; run npm run build first`);
  let started = performance.now();
  if (!existsSync(corpus)) writeCorpus(n, corpus);
  const { model, bodies } = loadModel(corpus);
  const name = (id: string) => model.actors.get(id)?.data.name ?? id;
  rmSync(site, { recursive: true, force: true });
  mkdirSync(site, { recursive: true });
  for (const folder of ['search', '_astro'])
    cpSync(join(dist, folder), join(site, folder), { recursive: true });
  console.log(`corpus and model: ${Math.round(performance.now() - started)} ms`);

  started = performance.now();
  const { index } = await pagefind.createIndex(INDEX_OPTIONS);
  if (!index) throw new Error('bench: Pagefind returned no index');
  const add = async (url: string, content: string) => {
    const { errors } = await index.addHTMLFile({ url, content });
    if (errors.length > 0) throw new Error(`bench: Pagefind: ${errors.join('; ')}`);
  };
  for (const event of model.events) {
    const { data } = event;
    const inner = `<div class="prose">${bodyHtml(bodies.get(`events/${event.id}`) ?? '')}</div><section><h2 id="actors-heading">Actors</h2><ul>${data.actors
      .map((a) => `<li><a href="#">${escape(name(a.id))}</a> <span>(${a.role})</span></li>`)
      .join('')}</ul></section><section><h2 id="sources-heading">Sources</h2><ol>${data.sources
      .map((s) => `<li>${escape(s.title)}, ${escape(s.publisher ?? '')}</li>`)
      .join('')}</ol></section>`;
    await add(
      `/events/${event.id}/`,
      page(data.title, data.summary, inner, eventSearchAttributes(model, event)),
    );
  }
  for (const [id, kase] of model.cases)
    await add(
      `/cases/${id}/`,
      page(
        kase.data.title,
        kase.data.summary,
        bodyHtml(bodies.get(`cases/${id}`) ?? ''),
        caseSearchAttributes(model, id),
      ),
    );
  for (const [id, actor] of model.actors)
    await add(
      `/actors/${id}/`,
      page(actor.data.name, actor.data.description ?? '', '', actorSearchAttributes(model, id)),
    );
  const { errors } = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (errors.length > 0) throw new Error(`bench: Pagefind: ${errors.join('; ')}`);
  await pagefind.close();
  console.log(
    `indexed ${model.events.length + model.cases.size + model.actors.size} pages: ${Math.round(performance.now() - started)} ms`,
  );
}

const browser = await launchChromium();
try {
  for (let run = 1; run <= 3; run++) {
    const figures = await measureSearch(browser, site, 'injunction', { kind: 'ruling' });
    console.log(
      `run ${run}: first query ${(figures.first.bytes / 1024).toFixed(1)} KB in ${Math.round(figures.first.ms)} ms (${figures.first.requests} requests, ${figures.first.results} shown); filtered ${(figures.filtered.bytes / 1024).toFixed(1)} KB in ${Math.round(figures.filtered.ms)} ms (${figures.filtered.results} results)`,
    );
  }
} finally {
  await browser.close();
}
