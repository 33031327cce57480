/** Build-side measurements: build time and peak memory, dist size, bytes a reader downloads. */
import { execFile } from 'node:child_process';
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** What one build of a corpus cost. */
export interface BuildFigures {
  seconds: number;
  peakMemoryMB: number;
  distBytes: number;
  distFiles: number;
}

/** Run `astro build` of a content folder under GNU time (cold unless `warm`); return wall time and peak memory. */
export async function measureBuild(
  root: string,
  contentDir: string,
  outDir: string,
  nodeArgs: string[] = [],
  options: { warm?: boolean } = {},
): Promise<BuildFigures> {
  const cacheDir = `${outDir}-cache`;
  // Cold by default: a cache left by an earlier run would make the figure meaningless. A warm
  // build (a rebuild after an edit) keeps the cache and dist/ of the build before it.
  if (!options.warm) {
    rmSync(resolve(root, outDir), { recursive: true, force: true });
    rmSync(resolve(root, cacheDir), { recursive: true, force: true });
  }
  const env = {
    ...process.env,
    ASTRO_TELEMETRY_DISABLED: '1',
    CASETRAIL_CONTENT: contentDir,
    CASETRAIL_CACHE_DIR: cacheDir,
  };
  // Node itself, not the npm shim, so flags such as --cpu-prof reach the build process.
  const command = [
    join(root, 'node_modules/.bin/node'),
    ...nodeArgs,
    join(root, 'node_modules/astro/bin/astro.mjs'),
    'build',
    '--outDir',
    outDir,
  ];
  const { stderr } = await run('/usr/bin/time', ['-f', 'casetrail-time %e %M', ...command], {
    cwd: root,
    env,
    maxBuffer: 256 * 1024 * 1024,
  }).catch((error: { stderr?: string; message: string }) => {
    throw new Error(
      `bench: astro build of ${contentDir} failed:\n${(error.stderr ?? error.message).slice(-3000)}`,
      { cause: error },
    );
  });
  const match = /casetrail-time ([\d.]+) (\d+)/.exec(stderr);
  if (!match)
    throw new Error(
      `bench: could not read the build's time and memory from GNU time:\n${stderr.slice(-2000)}`,
    );
  const { bytes, files } = folderSize(resolve(root, outDir));
  return {
    seconds: Number(match[1]),
    peakMemoryMB: Math.round(Number(match[2]) / 1024),
    distBytes: bytes,
    distFiles: files,
  };
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
