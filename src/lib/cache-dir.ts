/** The env variable that gives a build its own cache folder (tests and benchmarks run builds side by side). */
export const CACHE_DIR_ENV = 'CASETRAIL_CACHE_DIR';

/** Return the build cache folder: `$CASETRAIL_CACHE_DIR` if set, else `./.astro/cache`. */
export function cacheDir(env: Record<string, string | undefined> = process.env): string {
  return env[CACHE_DIR_ENV]?.trim() || './.astro/cache';
}
