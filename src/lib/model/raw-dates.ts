import { parse as parseYaml } from 'yaml';
import { DateError, parseEventDate } from '../dates';
import { isIsoDay } from '../days';
import type { ContentProblem } from './types';

// Astro reads frontmatter as YAML 1.1, where an unquoted `2025-02-30` silently becomes the Date
// 2 March 2025. YAML 1.2 (the `yaml` package's default) keeps it as the text the editor wrote,
// so the raw frontmatter is read again here to catch impossible days the Date has hidden.

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Return the frontmatter of an MDX file (or a whole YAML file) as YAML 1.2 data. */
export function readFrontmatter(text: string, isYamlFile = false): Record<string, unknown> {
  const source = isYamlFile ? text : FRONTMATTER.exec(text)?.[1];
  if (source === undefined) return {};
  const data: unknown = parseYaml(source);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

function dateFields(data: Record<string, unknown>): [string, unknown][] {
  const fields: [string, unknown][] = [];
  for (const key of ['date', 'published', 'updated'])
    if (key in data) fields.push([key, data[key]]);
  const lists: [string, string][] = [
    ['sources', 'published'],
    ['corrections', 'date'],
  ];
  for (const [list, key] of lists) {
    const items = data[list];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (item && typeof item === 'object' && key in item)
        fields.push([`${list}[${i}].${key}`, (item as Record<string, unknown>)[key]]);
    });
  }
  return fields;
}

/** Return a problem for every date in a file's frontmatter that is not a real EDTF date. */
export function findRawDateProblems(file: string, text: string): ContentProblem[] {
  let data: Record<string, unknown>;
  try {
    data = readFrontmatter(text);
  } catch {
    return []; // Astro reports unreadable YAML itself, with the line.
  }
  const problems: ContentProblem[] = [];
  for (const [field, value] of dateFields(data)) {
    // The schema has parsed every date once already; parsing them all again through the EDTF
    // grammar cost a 10,000-event build tens of seconds. A plain day that exists needs no grammar.
    if (isIsoDay(value)) continue;
    try {
      parseEventDate(value);
    } catch (error) {
      if (!(error instanceof DateError)) throw error;
      problems.push({
        file,
        field,
        found: JSON.stringify(error.found),
        expected: `expected ${error.expected}`,
        severity: 'error',
      });
    }
  }
  return problems;
}
