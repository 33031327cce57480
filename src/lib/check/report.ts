import { formatProblem } from '../model/problems';
import type { ContentProblem } from '../model/types';

/** Return the check's summary line: "2 errors, 7 warnings in 15 files". */
export function summaryLine(problems: ContentProblem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')} in ${plural(fileCount, 'file')}`;
}

/** Return the text report: one line per finding, then the summary. */
export function textReport(problems: ContentProblem[], fileCount: number): string {
  return [...problems.map(formatProblem), summaryLine(problems, fileCount)].join('\n');
}

/** Return the JSON report for CI bots: counts, then every finding with its one-line message. */
export function jsonReport(problems: ContentProblem[], fileCount: number): string {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return JSON.stringify(
    {
      files: fileCount,
      errors,
      warnings: problems.length - errors,
      problems: problems.map((p) => ({ ...p, message: formatProblem(p) })),
    },
    null,
    2,
  );
}

/** Return the exit code: 1 when any finding is an error, else 0 (warnings never fail). */
export function exitCodeFor(problems: ContentProblem[]): number {
  return problems.some((p) => p.severity === 'error') ? 1 : 0;
}
