// `npm run check`: astro check, then the content checks (no build). See content/AUTHORING.md.
import { spawnSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { checkContentTree } from '../lib/check/check';
import { DEFAULT_STALE_MONTHS } from '../lib/check/editorial';
import { exitCodeFor, jsonReport, textReport } from '../lib/check/report';
import { contentDir } from '../lib/content-dir';
import { buildDay } from '../lib/build-day';
import { SITE } from '../lib/site-config';

const { values } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'content-only': { type: 'boolean', default: false },
    'stale-months': { type: 'string', default: String(DEFAULT_STALE_MONTHS) },
    'review-months': { type: 'string', default: String(SITE.reviewMonths) },
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
const reviewMonths = Number(values['review-months']);
if (!Number.isInteger(reviewMonths) || reviewMonths < 1) {
  console.error(
    `--review-months: found "${values['review-months']}"; expected a whole number of months, such as 6`,
  );
  process.exit(2);
}
const today = values.today ?? buildDay();
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

const { problems, fileCount } = checkContentTree(contentDir(), {
  today,
  staleMonths,
  reviewMonths,
});
console.log(values.json ? jsonReport(problems, fileCount) : textReport(problems, fileCount));
process.exit(typeErrors ? 1 : exitCodeFor(problems));
