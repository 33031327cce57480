// `npm run check`: astro check, then the content checks (no build). See content/AUTHORING.md.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { checkContent } from '../lib/check/check';
import { DEFAULT_STALE_MONTHS } from '../lib/check/editorial';
import { readContentTree } from '../lib/check/read';
import { exitCodeFor, jsonReport, textReport } from '../lib/check/report';
import { contentDir } from '../lib/content-dir';
import { todayIso } from '../lib/days';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'content-only': { type: 'boolean', default: false },
    'stale-months': { type: 'string', default: String(DEFAULT_STALE_MONTHS) },
    today: { type: 'string' },
  },
});

const staleMonths = Number(values['stale-months']);
if (!Number.isInteger(staleMonths) || staleMonths < 1) {
  console.error(
    `--stale-months: found "${values['stale-months']}"; expected a whole number of months, such as 12`,
  );
  process.exit(2);
}
const today = values.today ?? todayIso();
if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) {
  console.error(`--today: found "${today}"; expected a day as YYYY-MM-DD`);
  process.exit(2);
}

let typeErrors = false;
if (!values['content-only']) {
  // astro check prints its own diagnostics; in --json mode they go to stderr so stdout stays JSON.
  const result = spawnSync('astro', ['check'], {
    stdio: ['ignore', values.json ? 2 : 'inherit', 'inherit'],
    shell: false,
  });
  typeErrors = result.status !== 0;
}

const files = readContentTree(contentDir());
const problems = checkContent(files, { today, staleMonths });
console.log(values.json ? jsonReport(problems, files.length) : textReport(problems, files.length));
process.exit(typeErrors ? 1 : exitCodeFor(problems));
