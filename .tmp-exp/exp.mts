import * as pagefind from 'pagefind';
import { openIndex } from '/work/wt/search/tests/helpers/pagefind';
const out = '/tmp/srch/exp/dist';
const { index } = await pagefind.createIndex({ forceLanguage: 'en' });
const page = (body: string) => `<html lang="en"><body><main data-pagefind-body>${body}</main></body></html>`;
await index!.addHTMLFile({ url: '/a/', content: page(`<h1>Court in Cologne</h1><p>The court in Cologne heard it.</p>
 <div hidden data-pagefind-ignore><span data-pagefind-meta="kind">Zebraword</span><span data-pagefind-meta="title">Court in Cologne</span></div>
 <div hidden data-pagefind-weight="4"><p>Also called: Gericht in Köln.</p><p>Koeln.</p></div>`) });
await index!.addHTMLFile({ url: '/b/', content: page(`<h1>Ruling of the day</h1><p>On 23 May 2025 it ruled. Many words here about 2025 and May 2025.</p>
 <p data-pagefind-weight="5" hidden>2025-05-23</p>`) });
await index!.addHTMLFile({ url: '/c/', content: page(`<h1>Other page 2025</h1><p>In 2025 and 2025 and May 23 lots of 2025 text 05 23.</p>`) });
await index!.addHTMLFile({ url: '/d/', content: page(`<h1>Plain</h1><p>Nothing here.</p><dl><dt>Date</dt><dd>24 May 2025</dd><dd>Occurred</dd></dl>`) });
await index!.writeFiles({ outputPath: out + '/pagefind' });
await pagefind.close();
const search = await openIndex(out);
for (const t of ['Zebraword', 'Köln', 'Koln', 'Koeln', 'Cologne', '2025-05-23', '"2025-05-23"', '20250523', '23 May 2025', 'May 2025', 'occurred']) {
  const a = await search(t);
  console.log('==', t, a.hits.map((h) => `${h.url} | ${h.excerpt}`));
}
