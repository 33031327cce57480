import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from '../../bench/corpus';
import { ROOT, buildSite } from './site';

/** The big case of {@link buildBigCase}: every event of the corpus. */
export const BIG_CASE = 'bench-all';
/** How many events it has: well over BIG_TIMELINE, 12 a year over 25 years; the other two cases get 150 each, not big. */
export const BIG_CASE_EVENTS = 300;

/**
 * Build a site whose case `bench-all` has 300 events over 25 years, from the benchmark's
 * synthetic corpus (never content), into `tests/.tmp/<name>`; return the outDir.
 */
export async function buildBigCase(name: string): Promise<string> {
  const content = join(ROOT, 'tests/.tmp', `${name}-content`);
  const outDir = join(ROOT, 'tests/.tmp', name);
  // CASETRAIL_REUSE_DIST=1 reuses an earlier build, as the other e2e and build tests do.
  if (process.env.CASETRAIL_REUSE_DIST === '1' && existsSync(join(outDir, 'index.html')))
    return outDir;
  writeCorpus(BIG_CASE_EVENTS, content);
  await buildSite({ outDir, env: { CASETRAIL_CONTENT: content } });
  return outDir;
}
