/** Build-side measurements: build time and peak memory, dist size, bytes a reader downloads. */
import { execFile } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const run = promisify(execFile);

/** What one build of a corpus cost. */
export interface BuildFigures {
  seconds: number;
  peakMemoryMB: number;
  distBytes: number;
  distFiles: number;
}

/** Run `astro build` of a content folder under GNU time; return wall time and peak memory. */
export async function measureBuild(root: string, contentDir: string, outDir: string): Promise<BuildFigures> {
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CASETRAIL_CONTENT: contentDir,
    CASETRAIL_CACHE_DIR: `${outDir}-cache`,
  };
  const { stderr } = await run('/usr/bin/time', ['-f', 'casetrail-time %e %M', join(root, 'node_modules/.bin/astro'), 'build', '--outDir', outDir], {
    cwd: root,
    env,
    maxBuffer: 256 * 1024 * 1024,
  });
  const match = /casetrail-time ([\d.]+) (\d+)/.exec(stderr);
  if (!match) throw new Error(`bench: could not read the build's time and memory from GNU time:\n${stderr.slice(-2000)}`);
  const { bytes, files } = folderSize(resolve(root, outDir));
  return { seconds: Number(match[1]), peakMemoryMB: Math.round(Number(match[2]) / 1024), distBytes: bytes, distFiles: files };
}

/** Return the total size and number of files below a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

/** Gzipped bytes of one page as a reader first loads it: the HTML and the CSS and JS it links. */
export interface PageWeight {
  html: number;
  css: number;
  js: number;
  total: number;
}

/** Return the gzipped weight of a built page and the same-site CSS and module scripts it loads. */
export function measurePage(dist: string, pagePath: string): PageWeight {
  const html = readFileSync(join(dist, pagePath), 'utf8');
  const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
  const local = (url: string) => join(dist, url.replace(/^\/+/, ''));
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((m) => m[1] as string);
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] as string);
  const weigh = (urls: string[]) => urls.filter((u) => u.startsWith('/')).reduce((sum, u) => sum + gz(readFileSync(local(u))), 0);
  const weights = { html: gz(html), css: weigh(css), js: weigh(js) };
  return { ...weights, total: weights.html + weights.css + weights.js };
}
