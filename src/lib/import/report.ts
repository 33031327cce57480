import type { ImportResult } from './timelinejs';

/** The rows one message applies to, in file order. */
interface Occurrence {
  message: string;
  rows: string[];
}

function group(pairs: { message: string; row: string }[]): Occurrence[] {
  const byMessage = new Map<string, string[]>();
  for (const { message, row } of pairs) {
    const rows = byMessage.get(message);
    if (rows) rows.push(row);
    else byMessage.set(message, [row]);
  }
  return [...byMessage].map(([message, rows]) => ({ message, rows }));
}

/**
 * Return the import report: a line per written file; a line per refused row (its number, headline
 * and the reason, naming the column at fault); the notes. A reason or note shared by several rows
 * is printed once, followed by the rows it affects.
 */
export function importReport(
  file: string,
  result: ImportResult,
  written: Map<number, string>,
  rowWord = 'row',
): string {
  const lines: string[] = [];
  const where = (row: { row: number; label: string }) => `${rowWord} ${row.row} ${row.label}`;
  for (const row of result.rows) {
    if (!row.ok) continue;
    const path = written.get(row.row);
    lines.push(
      `${file}: ${where(row)}: ${path ? `wrote ${path}` : `would write events/…/${row.id}.mdx`} (date ${row.edtf})`,
    );
  }
  const print = (kind: string, occurrences: Occurrence[]) => {
    for (const { message, rows } of occurrences) {
      if (rows.length === 1) lines.push(`${file}: ${rows[0]}: ${kind}: ${message}`);
      else
        lines.push(
          `${file}: ${kind} (${rows.length} ${rowWord}s): ${message}`,
          ...rows.map((r) => `  ${r}`),
        );
    }
  };
  print(
    'not imported',
    group(result.rows.flatMap((r) => (r.ok ? [] : [{ message: r.reason, row: where(r) }]))),
  );
  print(
    'note',
    group(result.rows.flatMap((r) => r.notes.map((message) => ({ message, row: where(r) })))),
  );
  for (const note of result.notes) lines.push(`${file}: note: ${note}`);
  const ok = result.rows.filter((r) => r.ok).length;
  const failed = result.rows.length - ok;
  lines.push(
    `${ok} of ${result.rows.length} ${rowWord}s converted${failed > 0 ? `, ${failed} not imported (see above)` : ''}`,
  );
  return lines.join('\n');
}
