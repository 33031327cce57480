// `npm run import -- timelinejs FILE.json --case <case>` or `npm run import -- csv FILE.csv --case <case>`.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readContentTree } from '../lib/check/read';
import { contentDir } from '../lib/content-dir';
import { checkUrl, oneOf } from '../lib/editor/fields';
import { writeNewFile } from '../lib/editor/write';
import { importCsv } from '../lib/import/csv';
import { importReport } from '../lib/import/report';
import type { ImportOptions } from '../lib/import/slides';
import { RowError } from '../lib/import/timeline-date';
import { importTimelineJson } from '../lib/import/timelinejs';
import { nearIds } from '../lib/model/problems';
import { EVENT_KINDS, SOURCE_KINDS, type EventKind } from '../schemas/enums';
import { todayIso } from '../lib/days';

const USAGE =
  'usage: npm run import -- timelinejs|csv FILE --case <case> [--kind <kind>] [--source-title … --source-publisher … --source-url … --source-kind …] [--dry-run]';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        case: { type: 'string' },
        kind: { type: 'string' },
        'source-title': { type: 'string' },
        'source-publisher': { type: 'string' },
        'source-url': { type: 'string' },
        'source-kind': { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
})();

const [format, file] = positionals;
if ((format !== 'timelinejs' && format !== 'csv') || !file) fail(USAGE);

const root = contentDir();
const files = readContentTree(root);
const caseIds = files.filter((f) => f.collection === 'cases').map((f) => f.id);
const caseId =
  values.case ??
  fail(`--case: missing; give the case the events belong to (${caseIds.join(', ')})`);
if (!caseIds.includes(caseId)) {
  const near = nearIds(caseId, caseIds);
  fail(
    `--case: "${caseId}" is not a case in ${root}/cases/; ${near.length > 0 ? `did you mean "${near[0]}"?` : 'create it first with npm run new:case'}`,
  );
}

let options: ImportOptions;
try {
  options = {
    caseId,
    kind: values.kind ? (oneOf(EVENT_KINDS, 'event kind')(values.kind) as EventKind) : undefined,
    source: values['source-title']
      ? {
          title: values['source-title'],
          publisher: values['source-publisher'],
          url: values['source-url'] ? checkUrl(values['source-url']) : undefined,
          kind: values['source-kind']
            ? (oneOf(SOURCE_KINDS, 'source kind')(values['source-kind']) as 'primary' | 'secondary')
            : undefined,
        }
      : undefined,
    today: todayIso(),
    existingIds: new Set(files.filter((f) => f.collection === 'events').map((f) => f.id)),
  };
} catch (error) {
  fail((error as Error).message);
}

let text: string;
try {
  text = readFileSync(file, 'utf8');
} catch (error) {
  fail(
    `${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
  );
}

try {
  const result = format === 'csv' ? importCsv(text, options) : importTimelineJson(text, options);
  const written = new Map<number, string>();
  if (!values['dry-run']) {
    for (const row of result.rows)
      if (row.ok) written.set(row.row, writeNewFile(root, row.path, row.text));
  }
  console.log(importReport(file, result, written, format === 'csv' ? 'line' : 'event'));
  if (!values['dry-run'] && written.size > 0)
    console.log('Next: npm run check, then npm run dev to read them');
  process.exitCode = result.rows.some((r) => !r.ok) ? 1 : 0;
} catch (error) {
  if (!(error instanceof RowError)) throw error;
  fail(`${file}: ${error.message}`);
}
