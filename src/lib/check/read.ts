import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { idFromEntryPath } from '../content-dir';
import { FrontmatterError, parseYaml, splitFrontmatter } from '../editor/frontmatter';
import type { ContentProblem } from '../model/types';
import { findForbiddenCharacters } from './characters';
import { decodeUtf8 } from './encoding';
import { checkFileName } from './names';

/** The three collections and the extension of the files each one loads (src/content.config.ts). */
export const COLLECTIONS = {
  cases: '.mdx',
  actors: '.yaml',
  events: '.mdx',
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
  /** What is wrong with the file itself (name, encoding, characters, YAML), found while reading it. */
  problems: ContentProblem[];
}

function yamlProblem(file: string, error: FrontmatterError): ContentProblem {
  return {
    file,
    field: error.field,
    found: error.found,
    expected: error.message,
    severity: 'error',
  };
}

/** Return a content file parsed: YAML for actors, frontmatter + body for MDX. */
export function parseContentFile(collection: CollectionName, file: string, text: string): RawFile {
  const id = idFromEntryPath(file);
  const problems = findForbiddenCharacters(file, text);
  try {
    if (collection === 'actors')
      return { collection, id, file, data: parseYaml(text), body: '', bodyLine: 1, problems };
    const { data, body, bodyLine } = splitFrontmatter(text);
    return { collection, id, file, data, body, bodyLine, problems };
  } catch (error) {
    if (!(error instanceof FrontmatterError)) throw error;
    problems.push(yamlProblem(file, error));
    return { collection, id, file, body: '', bodyLine: 1, problems };
  }
}

/** Return the content file read from bytes: refused, with no data, when it is not UTF-8 text. */
export function readContentFile(
  collection: CollectionName,
  file: string,
  bytes: Uint8Array,
): RawFile {
  const decoded = decodeUtf8(bytes);
  const id = idFromEntryPath(file);
  const nameProblems = checkFileName(collection, file);
  if ('problem' in decoded)
    return {
      collection,
      id,
      file,
      body: '',
      bodyLine: 1,
      problems: [...nameProblems, { file, ...decoded.problem }],
    };
  const raw = parseContentFile(collection, file, decoded.text);
  raw.problems.unshift(...nameProblems);
  return raw;
}

/** A file or folder under a collection, as the walk met it. */
interface Found {
  path: string;
  /** Why the build would not load it, when it would not (a wrong extension). */
  skipped?: boolean;
}

// Files and folders starting with `_` are drafts, those starting with `.` belong to tools (.DS_Store).
const IGNORED = /^[_.]/;

function walk(dir: string, extension: string): Found[] {
  let names: import('node:fs').Dirent[];
  try {
    names = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return names
    .filter((entry) => !IGNORED.test(entry.name))
    .flatMap((entry): Found[] => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return walk(path, extension);
      return [{ path, skipped: !entry.name.endsWith(extension) }];
    })
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** Read every published content file under a content folder (drafts starting with `_` are skipped). */
export function readContentTree(root: string, cwd = process.cwd()): RawFile[] {
  return (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((collection) =>
    walk(join(root, collection), COLLECTIONS[collection])
      .filter((found) => !found.skipped)
      .map(({ path }) =>
        readContentFile(collection, relative(cwd, path) || path, readFileSync(path)),
      ),
  );
}

/**
 * Return the problems of the tree itself: a content folder that is missing, empty or has no
 * cases, and files in a collection the build would silently skip (a wrong extension).
 */
export function findTreeProblems(root: string, cwd = process.cwd()): ContentProblem[] {
  const shown = relative(cwd, root) || root;
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return [
      {
        file: shown,
        field: 'CASETRAIL_CONTENT',
        found: 'no such folder',
        expected:
          'expected the content folder, with cases/, actors/ and events/ in it; set CASETRAIL_CONTENT to its path or leave it unset for ./content',
        severity: 'error',
      },
    ];
  }
  const problems: ContentProblem[] = [];
  const cases = walk(join(root, 'cases'), COLLECTIONS.cases).filter((f) => !f.skipped);
  if (cases.length === 0)
    problems.push({
      file: join(shown, 'cases'),
      field: '(folder)',
      found: entries.length === 0 ? 'an empty content folder' : 'no case files',
      expected:
        'expected at least one case, content/cases/<id>.mdx: a site without cases would publish an empty knowledge base (npm run new:case writes one)',
      severity: 'error',
    });
  for (const collection of Object.keys(COLLECTIONS) as CollectionName[]) {
    const extension = COLLECTIONS[collection];
    for (const found of walk(join(root, collection), extension).filter((f) => f.skipped)) {
      const file = relative(cwd, found.path) || found.path;
      problems.push({
        file,
        field: '(file name)',
        found: `a file in content/${collection}/ that does not end in ${extension}, which the build would skip`,
        expected: `expected <id>${extension}; rename it, or start its name with _ to keep it as an unpublished draft`,
        severity: 'error',
      });
    }
  }
  return problems;
}
