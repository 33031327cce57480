import { readFileSync } from 'node:fs';
import { importCsv } from './src/lib/import/csv';
import { importTimelineJson } from './src/lib/import/timelinejs';
import { importReport } from './src/lib/import/report';
const o = {caseId:'x',today:'2026-01-01',existingIds:new Set<string>()};
for (const f of ['timelinejs-biography.json','timelinejs-history.json','sheet-template.csv']) {
  const t = readFileSync('tests/fixtures/import/'+f,'utf8');
  for (const kind of ['report', undefined]) {
  const r = f.endsWith('csv') ? importCsv(t, {...o, kind} as any) : importTimelineJson(t, {...o, kind} as any);
  console.log(importReport(f, r, new Map(), f.endsWith('csv') ? 'line':'event'));
  if (kind) for (const x of r.rows) if (x.ok) console.log('----', x.path, '\n' + x.text);
  }
}
