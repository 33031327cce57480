import type { ContentProblem } from './types';

/** Return one line for a problem: file, field, what was found, what is expected. */
export function formatProblem(problem: ContentProblem): string {
  const tag = problem.severity === 'warning' ? 'warning: ' : '';
  const place =
    problem.line === undefined
      ? ''
      : `:${problem.line}${problem.column === undefined ? '' : `:${problem.column}`}`;
  return `${problem.file}${place}: ${tag}${problem.field}: found ${problem.found}; ${problem.expected}`;
}

/** The error a build fails with when the content has problems; its message lists them all. */
export class ContentError extends Error {
  override name = 'ContentError';
  constructor(readonly problems: ContentProblem[]) {
    const lines = problems.map(formatProblem);
    super(
      `Casetrail content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${lines.join('\n')}`,
    );
  }
}

/** Return the edit distance between two strings (insertions, deletions, substitutions). */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/**
 * Return the known ids closest to an unknown one, for "did you mean" hints: those at the smallest
 * edit distance within a quarter of its length, or those that contain it or that it contains.
 */
export function nearIds(unknown: string, known: Iterable<string>): string[] {
  const contains = (a: string, b: string) =>
    Math.min(a.length, b.length) >= 4 && (a.includes(b) || b.includes(a));
  const limit = Math.max(2, Math.floor(unknown.length / 4));
  const scored = [...known]
    .map((id) => ({ id, score: contains(id, unknown) ? 1 : editDistance(unknown, id) }))
    .filter(({ score }) => score <= limit);
  const best = Math.min(...scored.map(({ score }) => score));
  return scored
    .filter(({ score }) => score === best)
    .map(({ id }) => id)
    .sort()
    .slice(0, 3);
}

/** Return the "expected" text for an unknown reference, naming the nearest ids. */
export function expectedId(
  kind: string,
  folder: string,
  unknown: string,
  known: Iterable<string>,
): string {
  const near = nearIds(unknown, known);
  const hint =
    near.length > 0
      ? `did you mean ${near.map((id) => `"${id}"`).join(' or ')}?`
      : `add content/${folder}/${unknown} or fix the id`;
  return `expected the id of a known ${kind}; ${hint}`;
}
