// The response headers as hosts send them: Netlify's own engine reading dist/_headers, and a real
// nginx serving dist/ with the block `npm run deploy:nginx` prints. Both must agree with the one
// list of rules in src/lib/deploy/headers.ts, for a built file of every rule.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { HEADER_RULES, headersForPath, matchesPattern } from '../../src/lib/deploy/headers';
import { toNginxServer } from '../../src/lib/deploy/targets';
import { listFiles } from '../e2e/helpers/dist';
import { freePort } from '../e2e/helpers/server';
import { hostHeaders } from '../helpers/headers';
import { DIST } from '../helpers/site';

const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const paths = listFiles(DIST).map((file) => `/${file}`);

// One built file for every pattern of every rule, and two pages: what each test requests.
const samples = [
  ...HEADER_RULES.flatMap((rule) =>
    rule.paths
      .filter((p) => p !== '/*')
      .map((pattern) => ({ pattern, path: paths.find((path) => matchesPattern(pattern, path)) })),
  ),
  { pattern: 'a page', path: '/' },
  { pattern: 'a case page', path: paths.find((p) => /^\/cases\/[^/]+\/index\.html$/.test(p)) },
];

describe('the header rules', () => {
  test.each(samples)('cover a built file for $pattern', ({ path }) => {
    expect(path).toBeDefined();
  });

  test('never set one header twice on a built file', () => {
    const clashes = paths
      .map((path) => ({ path, conflicts: headersForPath(HEADER_RULES, path).conflicts }))
      .filter((p) => p.conflicts.length > 0);
    expect(clashes).toEqual([]);
  });
});

describe('dist/_headers on Netlify', () => {
  const headersOf = hostHeaders(DIST);
  test.each(samples)('sends the rules’ headers for $pattern ($path)', async ({ path }) => {
    const { headers } = headersForPath(HEADER_RULES, path!);
    expect(await headersOf(path!)).toEqual(headers);
  });
});

describe('the nginx server block', () => {
  let nginx: ChildProcess | undefined;
  let origin = '';

  beforeAll(async () => {
    if (spawnSync(NGINX, ['-v']).error)
      throw new Error(
        `no nginx at ${NGINX}: apt-get install -y nginx (.ci/run does), or set NGINX_PATH`,
      );
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    const dir = mkdtempSync(join(tmpdir(), 'casetrail-nginx-'));
    const server = toNginxServer({ root: DIST, listen: `127.0.0.1:${port}` });
    writeFileSync(
      join(dir, 'nginx.conf'),
      [
        'daemon off;',
        'user root;',
        'worker_processes 1;',
        `pid ${dir}/nginx.pid;`,
        `error_log ${dir}/error.log;`,
        'events {}',
        'http {',
        `  access_log off;`,
        `  client_body_temp_path ${dir}/body;`,
        `  proxy_temp_path ${dir}/proxy;`,
        `  fastcgi_temp_path ${dir}/fastcgi;`,
        `  uwsgi_temp_path ${dir}/uwsgi;`,
        `  scgi_temp_path ${dir}/scgi;`,
        server,
        '}',
      ].join('\n'),
    );
    const check = spawnSync(NGINX, ['-t', '-p', dir, '-c', join(dir, 'nginx.conf')], {
      encoding: 'utf8',
    });
    if (check.status !== 0) throw new Error(`nginx -t refused the block:\n${check.stderr}`);
    nginx = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
    for (let i = 0; i < 50; i++) {
      if (
        await fetch(origin).then(
          () => true,
          () => false,
        )
      )
        return;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('nginx did not answer within 5 s');
  });

  afterAll(() => {
    nginx?.kill('SIGQUIT');
  });

  test.each(samples)('sends the rules’ headers for $pattern ($path)', async ({ path }) => {
    const url = path!.replace(/index\.html$/, '');
    const response = await fetch(origin + url);
    expect(response.status).toBe(200);
    const { headers } = headersForPath(HEADER_RULES, path!);
    for (const [name, value] of Object.entries(headers))
      expect(response.headers.get(name), name).toBe(value);
    if (url.endsWith('/'))
      expect(response.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
  });

  test('serves calendars as text/calendar and missing pages with the site’s 404', async () => {
    expect((await fetch(`${origin}/calendar.ics`)).headers.get('content-type')).toMatch(
      /^text\/calendar/,
    );
    const missing = await fetch(`${origin}/no/such/page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<html');
  });
});
