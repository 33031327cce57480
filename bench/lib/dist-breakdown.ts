/** What takes the space in a built dist/: bytes by top-level folder and by file type, per event. */
import { readdirSync, statSync } from 'node:fs';
import { extname, join, sep } from 'node:path';

/** One row of a breakdown: a folder or a file type, its bytes and files. */
export interface SpaceRow {
  name: string;
  bytes: number;
  files: number;
}

/** dist/ by folder and by file type, largest first, with the total. */
export interface DistBreakdown {
  bytes: number;
  files: number;
  byFolder: SpaceRow[];
  byType: SpaceRow[];
}

/** Return the folder a dist-relative path counts under: its first segment ("events/"), or "(root)" for a top-level file. */
export function folderOf(path: string): string {
  const parts = path.split(/[\\/]/);
  return parts.length > 1 ? `${parts[0]}/` : '(root)';
}

/** Return the file type a path counts under: its extension (".html"), or "(none)". */
export function typeOf(path: string): string {
  return extname(path).toLowerCase() || '(none)';
}

function group(files: readonly { path: string; bytes: number }[], key: (p: string) => string) {
  const rows = new Map<string, SpaceRow>();
  for (const file of files) {
    const name = key(file.path);
    const row = rows.get(name) ?? { name, bytes: 0, files: 0 };
    row.bytes += file.bytes;
    row.files += 1;
    rows.set(name, row);
  }
  return [...rows.values()].sort((a, b) => b.bytes - a.bytes || a.name.localeCompare(b.name));
}

/** Return the breakdown of a list of files (paths relative to dist/, sizes in bytes). */
export function breakDown(files: readonly { path: string; bytes: number }[]): DistBreakdown {
  return {
    bytes: files.reduce((sum, f) => sum + f.bytes, 0),
    files: files.length,
    byFolder: group(files, folderOf),
    byType: group(files, typeOf),
  };
}

/** Return the breakdown of a built folder on disk. */
export function breakDownFolder(dir: string): DistBreakdown {
  const files: { path: string; bytes: number }[] = [];
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const stat = statSync(join(dir, name));
    if (stat.isFile()) files.push({ path: name.split(sep).join('/'), bytes: stat.size });
  }
  return breakDown(files);
}

/** Return the rows that hold most of the space (at least `share` of it together), the rest summed as "other". */
export function topRows(rows: readonly SpaceRow[], share = 0.95): SpaceRow[] {
  const total = rows.reduce((sum, r) => sum + r.bytes, 0);
  const out: SpaceRow[] = [];
  let covered = 0;
  for (const row of rows) {
    if (total > 0 && covered >= total * share) break;
    out.push(row);
    covered += row.bytes;
  }
  const rest = rows.slice(out.length);
  if (rest.length > 0)
    out.push({
      name: `other (${rest.length})`,
      bytes: rest.reduce((sum, r) => sum + r.bytes, 0),
      files: rest.reduce((sum, r) => sum + r.files, 0),
    });
  return out;
}
