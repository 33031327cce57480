import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { idFromEntryPath } from '../content-dir';
import { FrontmatterError, parseYaml, splitFrontmatter } from '../editor/frontmatter';
import type { ContentProblem } from '../model/types';

/** The three collections and the files each one loads, as src/content.config.ts globs them. */
export const COLLECTIONS = {
  cases: /\.mdx$/,
  actors: /\.yaml$/,
  events: /\.mdx$/,
} as const;

export type CollectionName = keyof typeof COLLECTIONS;

/** One content file as read from disk, before validation. */
export interface RawFile {
  collection: CollectionName;
  id: string;
  /** Path relative to the working directory, as messages show it. */
  file: string;
  /** Parsed YAML, or undefined when the file could not be read as YAML. */
  data?: unknown;
  body: string;
  bodyLine: number;
  /** Why the file could not be parsed, if it could not. */
  problem?: ContentProblem;
}

/** Return a content file parsed: YAML for actors, frontmatter + body for MDX. */
export function parseContentFile(collection: CollectionName, file: string, text: string): RawFile {
  const id = idFromEntryPath(file);
  try {
    if (collection === 'actors')
      return { collection, id, file, data: parseYaml(text), body: '', bodyLine: 1 };
    const { data, body, bodyLine } = splitFrontmatter(text);
    return { collection, id, file, data, body, bodyLine };
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    return {
      collection,
      id,
      file,
      body: '',
      bodyLine: 1,
      problem: {
        file,
        field: error.field,
        found: error.found,
        expected: error.message,
        severity: 'error',
      },
    };
  }
}

function walk(dir: string, pattern: RegExp): string[] {
  let names: import('node:fs').Dirent[];
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return names
    .filter((entry) => !entry.name.startsWith('_') && !entry.name.startsWith('.'))
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path, pattern);
      return pattern.test(entry.name) ? [path] : [];
    })
    .sort();
}

/** Read every published content file under a content folder (drafts starting with `_` are skipped). */
export function readContentTree(root: string, cwd = process.cwd()): RawFile[] {
  return (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((collection) =>
    walk(join(root, collection), COLLECTIONS[collection]).map((path) =>
      parseContentFile(collection, relative(cwd, path) || path, readFileSync(path, 'utf8')),
    ),
  );
}
