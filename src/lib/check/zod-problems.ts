import { EDTF_EXAMPLES } from '../dates';
import { nearIds } from '../model/problems';
import type { ContentProblem } from '../model/types';

/** The parts of a zod issue the content check reads (Zod 4's `core.$ZodIssue`, loosely). */
export interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  values?: unknown[];
  errors?: ZodIssueLike[][];
  input?: unknown;
  expected?: string;
}

/** Return a field path as editors read it: `sources[0].url`. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((text, part) => {
    if (typeof part === 'number') return `${text}[${part}]`;
    return text ? `${text}.${String(part)}` : String(part);
  }, '');
}

/** Return the value at a path in parsed YAML, or undefined when the path is missing. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const part of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[part];
  }
  return value;
}

/** Return a short quotation of a value found in a file, for "found …". */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString().slice(0, 10);
  const text = JSON.stringify(value) ?? typeof value;
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  array: 'a list',
  object: 'fields',
  number: 'a number',
  boolean: 'true or false',
};

// A date field is a union of string, Date and number; when none matched, the input was the
// wrong type or missing, and the list of EDTF forms is the useful answer. Messages written in the
// schemas are kept as they are; zod's own ("Invalid input: expected…") lose their prefix.
// The schemas' own messages read "found X; expected Y"; the problem line says "found" itself.
const SCHEMA_MESSAGE = /^found .*?; (expected [\s\S]*)$/;

function expectedFor(issue: ZodIssueLike, found: unknown): string {
  const ours = SCHEMA_MESSAGE.exec(issue.message)?.[1];
  if (ours && issue.code === 'invalid_value' && issue.values && typeof found === 'string') {
    const near = nearIds(found, issue.values.map(String));
    return near.length > 0 ? `${ours}; did you mean "${near[0]}"?` : ours;
  }
  if (ours) return found === undefined ? `${ours}; this field is required` : ours;
  if (issue.code === 'invalid_union') {
    const custom = issue.errors?.flat().find((e) => e.code === 'custom');
    if (custom)
      return SCHEMA_MESSAGE.exec(custom.message)?.[1] ?? `expected a valid date: ${custom.message}`;
    return `expected an EDTF date, one of ${EDTF_EXAMPLES}`;
  }
  if (issue.code === 'invalid_value' && issue.values) {
    const list = issue.values.map((v) => JSON.stringify(v));
    const near = typeof found === 'string' ? nearIds(found, issue.values.map(String)) : [];
    const hint = near.length > 0 ? `; did you mean "${near[0]}"?` : '';
    return `expected one of ${list.join(', ')}${hint}`;
  }
  if (found === undefined) {
    const key = String(issue.path.at(-1) ?? 'the field');
    const type = issue.expected ? (TYPE_WORDS[issue.expected] ?? issue.expected) : 'a value';
    return `expected ${key}: with ${type}; this field is required`;
  }
  const standard =
    /^(Invalid input|Invalid option|Invalid string|Invalid|Too small|Too big):\s*/.exec(
      issue.message,
    );
  if (!standard) return issue.message;
  const rest = issue.message.slice(standard[0].length).replace(/, received \w+$/, '');
  return rest.startsWith('expected')
    ? rest
    : `expected ${rest.charAt(0).toLowerCase()}${rest.slice(1)}`;
}

/**
 * Turn one zod issue into content problems (an unknown-keys issue names every key on its own
 * line). `knownKeys` are the fields allowed at the top level, for "did you mean" hints.
 */
export function zodIssueToProblems(
  file: string,
  data: unknown,
  issue: ZodIssueLike,
  knownKeys: readonly string[] = [],
): ContentProblem[] {
  if (issue.code === 'unrecognized_keys') {
    return (issue.keys ?? []).map((key) => {
      const near = issue.path.length === 0 ? nearIds(key, knownKeys) : [];
      const hint =
        near.length > 0
          ? `did you mean "${near[0]}"?`
          : 'remove it or check its spelling against content/AUTHORING.md';
      return {
        file,
        field: fieldPath([...issue.path, key]),
        found: 'a field the schema does not know',
        expected: `expected only known fields; ${hint}`,
        severity: 'error' as const,
      };
    });
  }
  const found = valueAt(data, issue.path);
  return [
    {
      file,
      field: fieldPath(issue.path) || '(frontmatter)',
      found: describeFound(found),
      expected: expectedFor(issue, found),
      severity: 'error',
    },
  ];
}
