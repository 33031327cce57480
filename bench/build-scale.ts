// One build at a corpus size, cold, then a rebuild after editing one event, with what dist/
// holds: `npx tsx bench/build-scale.ts 10000 [--cpu-prof] [--no-rebuild]`. A 10,000-event build
// takes ten minutes or more, so this runs apart from `npm run bench`; the figures are merged into
// bench/scale-builds.json by size, and RESULTS.md shows them ("Builds at scale").
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { ROOT } from '../src/harness/root';
import { measureBuild } from './lib/build';
import { breakDownFolder } from './lib/dist-breakdown';
import { editCorpusEvent } from './lib/rebuild';
import { parseScaleBuilds, type ScaleBuild } from './lib/scale';
import { writeCorpus } from './corpus';

const argv = process.argv.slice(2);
const n = Number(argv[0]);
if (!Number.isInteger(n) || n < 1) {
  console.error(`bench/build-scale.ts: expected a number of events, found "${argv[0]}"`);
  process.exit(2);
}
const cpuProf = argv.includes('--cpu-prof');
const log = (text: string) =>
  console.error(`[build-scale ${new Date().toISOString().slice(11, 19)}] ${text}`);
const load = () => loadavg().map((l) => Math.round(l * 100) / 100);

const content = join(ROOT, 'bench/.corpus', String(n));
const dist = `bench/.out/dist-${n}`;
writeCorpus(n, content);
const prof = cpuProf
  ? ['--cpu-prof', `--cpu-prof-dir=${join(ROOT, 'bench/.out', `prof-${n}`)}`]
  : [];
const loadBefore = load();
log(`cold build of ${n} events (load ${loadBefore.join(' / ')})`);
const cold = await measureBuild(ROOT, relative(ROOT, content), dist, prof);
log(`  ${cold.seconds} s, ${cold.peakMemoryMB} MB, ${cold.distFiles} files`);
const breakdown = breakDownFolder(join(ROOT, dist));
let rebuild: ScaleBuild['rebuild'] = null;
if (!argv.includes('--no-rebuild')) {
  const edited = editCorpusEvent(content, Math.floor(n / 2));
  log(`rebuild after editing ${relative(ROOT, edited)}`);
  const warm = await measureBuild(ROOT, relative(ROOT, content), dist, [], { warm: true });
  log(`  ${warm.seconds} s, ${warm.peakMemoryMB} MB`);
  rebuild = {
    seconds: warm.seconds,
    peakMemoryMB: warm.peakMemoryMB,
    edited: relative(content, edited),
  };
}
const entry: ScaleBuild = {
  events: n,
  date: new Date().toISOString(),
  loadAverage: { before: loadBefore, after: load() },
  cold: { seconds: cold.seconds, peakMemoryMB: cold.peakMemoryMB },
  rebuild,
  dist: breakdown,
  cpuProfile: cpuProf,
};
const file = join(ROOT, 'bench/scale-builds.json');
const saved = existsSync(file) ? parseScaleBuilds(JSON.parse(readFileSync(file, 'utf8'))) : [];
const merged = [...saved.filter((b) => b.events !== n), entry].sort((a, b) => a.events - b.events);
mkdirSync(join(ROOT, 'bench'), { recursive: true });
// Formatted as `npm run format:check` expects, so a recorded run can be committed as it is.
const options = (await resolveConfig(file)) ?? {};
writeFileSync(
  file,
  await format(JSON.stringify({ builds: merged }), { ...options, parser: 'json' }),
);
log(`written to bench/scale-builds.json`);
