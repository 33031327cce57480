import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type RequestListener, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { hostHeaders } from '../../helpers/headers';

/** A server on a free port of 127.0.0.1 and its origin. */
export interface Listening {
  server: Server;
  origin: string;
  close: () => Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.xml': 'application/xml',
};

/** Listen on a free port of 127.0.0.1 with a request handler. */
export function listen(handler: RequestListener): Promise<Listening> {
  const server = createServer(handler);
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      done({
        server,
        origin: `http://127.0.0.1:${port}`,
        close: () => new Promise((closed) => server.close(() => closed())),
      });
    }),
  );
}

/** Serve a built site folder with the headers its _headers file gives each path (CORS included). */
export function serveDist(dist: string): Promise<Listening> {
  const headersOf = hostHeaders(dist);
  return listen((req, res) => {
    void respond(req.url ?? '/', res);
  });

  async function respond(url: string, res: ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(url, 'http://x').pathname);
    let file = normalize(join(dist, path));
    if (!file.startsWith(dist)) return void res.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const headers = await headersOf(path);
    if (!existsSync(file))
      return void res.writeHead(404, { ...headers, 'content-type': 'text/plain' }).end('not found');
    res.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(res);
  }
}
