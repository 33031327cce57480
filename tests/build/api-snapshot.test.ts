import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { formatDay } from '../../src/lib/days';
import { builtOn } from '../helpers/html';
import { readDist, ROOT } from '../helpers/site';

// The data API is a published interface: readers and the widget parse it. These files are the
// seed site's API as the build wrote it before the date model became a union on `span`; every
// build since must write the same bytes. A deliberate change to the API updates them in the same
// commit and says why: the as-of fields (site_name, reviewed, status_text) were added this way.
// A passed scheduled event reads "…not reported as having happened as of <build day>", so the
// snapshot holds "{build day}" there.
const SNAPSHOT = join(ROOT, 'tests/fixtures/api-snapshot/seed');

const files = [
  'index.json',
  ...readdirSync(join(SNAPSHOT, 'cases')).map((name) => `cases/${name}`),
];

describe('the built data API', () => {
  test.each(files)('writes data/%s byte for byte as before', (file) => {
    const built = readDist(`data/${file}`).replaceAll(
      `as of ${formatDay(builtOn())}`,
      'as of {build day}',
    );
    expect(built).toBe(readFileSync(join(SNAPSHOT, file), 'utf8'));
  });

  test('has a snapshot for every case document it writes', () => {
    const built = readdirSync(join(ROOT, 'dist/data/cases')).filter(
      // The chart's own data (.timeline.json) is not the API and may change with the chart.
      (name) => name.endsWith('.json') && !/\.timeline(js)?\.json$/.test(name),
    );
    expect(built.map((name) => `cases/${name}`)).toEqual(files.slice(1));
  });
});
