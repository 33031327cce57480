import type { ImportResult } from './timelinejs';

/** Return the import report: a line per written file, per row that failed (with the reason), per note. */
export function importReport(
  file: string,
  result: ImportResult,
  written: Map<number, string>,
  rowWord = 'row',
): string {
  const lines: string[] = [];
  for (const row of result.rows) {
    const where = `${file}: ${rowWord} ${row.row} ${row.label}`;
    if (row.ok) {
      const path = written.get(row.row);
      lines.push(
        path
          ? `${where}: wrote ${path} (date ${row.edtf})`
          : `${where}: would write events/…/${row.id}.mdx (date ${row.edtf})`,
      );
    } else {
      lines.push(`${where}: not imported: ${row.reason}`);
    }
    for (const note of row.notes) lines.push(`${where}: note: ${note}`);
  }
  for (const note of result.notes) lines.push(`${file}: note: ${note}`);
  const ok = result.rows.filter((r) => r.ok).length;
  const failed = result.rows.length - ok;
  lines.push(
    `${ok} of ${result.rows.length} ${rowWord}s converted${failed > 0 ? `, ${failed} not imported (see above)` : ''}`,
  );
  return lines.join('\n');
}
