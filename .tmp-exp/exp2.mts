import * as pagefind from 'pagefind';
import { pathToFileURL } from 'node:url';
import { openIndex } from '../tests/helpers/pagefind';
const out = '/tmp/srch/exp2/dist';
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
const page = (body: string, meta: Record<string, string>) => `<html lang="en"><body><main data-pagefind-body>${body}
<div hidden data-pagefind-ignore>${Object.entries(meta).map(([k, v]) => `<span data-pagefind-meta="${k}">${v}</span>`).join('')}</div></main></body></html>`;
await index!.addHTMLFile({ url: '/a/', content: page(`<h1>Court in Cologne</h1><p>The court in Cologne heard it.</p>`, { title: 'Court in Cologne', terms: 'Gericht in Köln · Koeln' }) });
await index!.addHTMLFile({ url: '/b/', content: page(`<h1>Ruling of the day</h1><p>It ruled against a lot of things, said the paper on 24 May 2025.</p>`, { title: 'Ruling of the day', when: '2025-05-23 · 23 May 2025 · May 2025' }) });
await index!.addHTMLFile({ url: '/c/', content: page(`<h1>Other page 2025</h1><p>In 2025 and 2025 and May 23 lots of 2025 text 05 23 May 2025.</p>`, { title: 'Other page 2025', when: '2025' }) });
await index!.addHTMLFile({ url: '/e/', content: page(`<h1>Köln things</h1><p>Köln is mentioned in body twice, Köln.</p>`, { title: 'Köln things' }) });
await index!.writeFiles({ outputPath: out + '/pagefind' });
await pagefind.close();
const search = await openIndex(out);
for (const t of ['Köln', 'Koeln', '2025-05-23', '23 May 2025', 'May 2025']) {
  const a = await search(t);
  console.log('==', t, a.hits.map((h) => `${h.url} | ${h.excerpt}`));
}
const pf = await import(pathToFileURL(out + '/pagefind/pagefind.js').href);
await pf.options({ ranking: { metaWeights: { title: 5, terms: 5, when: 8 } } });
for (const t of ['Köln', 'Koeln', '2025-05-23', '23 May 2025', 'May 2025']) {
  const a = await search(t);
  console.log('W=', t, a.hits.map((h) => `${h.url}`));
}
