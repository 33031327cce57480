/** The one local HTTP server of tests and benchmarks: static folders, in-memory pages, gzip like a CDN. */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
};
// Static hosts compress text; Pagefind's own files (.pf_*, .pagefind) are gzip inside already.
const COMPRESSED = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.xml',
  '.ics',
  '.csv',
  '.txt',
]);

/** A running server: its origin and how to stop it. */
export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

/** What a host adds to a plain static server. */
export interface ServeOptions {
  /** The response headers a host sends for a path (a `_headers` file's rules, for one). */
  headers?: (path: string) => Record<string, string> | Promise<Record<string, string>>;
  /** The page a miss answers with, status 404 (a site's 404.html); plain text without one. */
  notFound?: string;
  /** Called with each path served and the bytes of its body as sent (gzip included). */
  onSend?: (path: string, bytes: number) => void;
}

/**
 * Serve folders under URL prefixes (`{ '/': 'dist', '/node_modules/': 'node_modules' }`) and
 * in-memory pages on 127.0.0.1, gzipping text as a static host would.
 */
export async function serve(
  mounts: Record<string, string>,
  pages: Record<string, string> = {},
  options: ServeOptions = {},
): Promise<StaticServer> {
  const roots = Object.entries(mounts)
    .map(([prefix, folder]) => [prefix, resolve(folder)] as const)
    .sort((a, b) => b[0].length - a[0].length);
  const server = createServer((req, res) => void respond(req, res));
  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const extra = (await options.headers?.(path)) ?? {};
    const send = (body: Buffer, type: string, gzip: boolean) => {
      const zipped = gzip && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      const out = zipped ? gzipSync(body, { level: 9 }) : body;
      res.writeHead(200, {
        ...extra,
        'content-type': type,
        'cache-control': 'no-store',
        ...(zipped ? { 'content-encoding': 'gzip' } : {}),
      });
      res.end(out);
      options.onSend?.(path, out.length);
    };
    if (pages[path] !== undefined) return send(Buffer.from(pages[path]), TYPES['.html']!, true);
    const mount = roots.find(([prefix]) => path.startsWith(prefix));
    if (!mount) return void res.writeHead(404).end('not found');
    const [prefix, root] = mount;
    let file = normalize(join(root, path.slice(prefix.length)));
    if (!file.startsWith(root)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      if (options.notFound && existsSync(options.notFound)) {
        res.writeHead(404, { ...extra, 'content-type': TYPES['.html'] });
        return void res.end(readFileSync(options.notFound));
      }
      return void res.writeHead(404, { ...extra, 'content-type': 'text/plain' }).end('not found');
    }
    const ext = extname(file);
    send(readFileSync(file), TYPES[ext] ?? 'application/octet-stream', COMPRESSED.has(ext));
  }
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Return a TCP port of 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.unref();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => (port ? done(port) : fail(new Error('the OS gave no free port'))));
    });
  });
}
