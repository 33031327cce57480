import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
const g = globalThis as any; const nf = g.fetch;
g.fetch = async (i: any, init: any) => { const u = new URL(String(i)); return u.protocol === 'file:' ? new Response(await readFile(u)) : nf(i, init); };
const dist = process.argv[2] ?? 'dist';
const pf = await import(pathToFileURL(join(dist, 'pagefind/pagefind.js')).href);
await pf.options({ basePath: pathToFileURL(join(dist, 'pagefind')).href + '/', baseUrl: '/' });
const r = await pf.search(null);
for (const h of r.results) { const d = await h.data(); console.log('###', d.url, '\n', d.content, '\n', JSON.stringify(d.meta)); }
