/** The env variable that points the site at another content folder (benchmarks, a newsroom's repo). */
export const CONTENT_DIR_ENV = 'CASETRAIL_CONTENT';

/** Return the content folder: `$CASETRAIL_CONTENT` if set, else `./content`. */
export function contentDir(env: Record<string, string | undefined> = process.env): string {
  const dir = env[CONTENT_DIR_ENV]?.trim();
  return (dir ? dir : './content').replace(/\/+$/, '');
}

/** Return an entry's id from its path: the file name without extension, whatever folder it is in. */
export function idFromEntryPath(entry: string): string {
  const name = entry.split('/').at(-1) ?? entry;
  return name.replace(/\.(mdx|md|ya?ml|json)$/i, '');
}
