/** The readers' table of RESULTS.md: the case page and the widget beside the peers' host pages. */
import { formatSummary, type SizeResult } from '../lib/report';
import { formatRatio } from '../lib/stats';
import { peerKey, READER_ROWS } from './figures';

/** Return the readers' table of one size, or no lines when nothing was measured as readers get it. */
export function readersTable(result: SizeResult): string[] {
  const rows = READER_ROWS.filter((row) => result.summaries[row.ours]);
  if (rows.length === 0) return [];
  const lines = [
    '| figure | Casetrail | vis-timeline | TimelineJS | ours ÷ vis-timeline | ours ÷ TimelineJS |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const row of rows) {
    const cells = [
      formatSummary(result.summaries[row.ours], row.unit),
      formatSummary(result.summaries[peerKey(row, 'vis')], row.unit),
      formatSummary(result.summaries[peerKey(row, 'timelinejs')], row.unit),
      formatRatio(result.ratios[`${row.id}/vis`] ?? null),
      formatRatio(result.ratios[`${row.id}/timelinejs`] ?? null),
    ];
    lines.push(`| ${row.label} | ${cells.join(' | ')} |`);
  }
  return lines;
}

/** How the readers' figures are taken, for the head of their section. */
export const READERS_METHOD =
  'Each page opened cold in a fresh headless Chromium page (1,280 × 800), served with gzip by the harness server (src/harness/serve.ts), traced. ' +
  'Main thread: the CPU (thread time) of the renderer main thread’s top-level tasks, from the start of the load (a blank page of the same origin is open and idle before it; or, for “src → drawn”, from the moment the host page asks for the data) until two frames after the chart is live (`data-live` on the case page’s timeline or in the widget’s shadow root; the peers’ own “drawn” point), so style, layout and paint count and waiting for a core does not. ' +
  'Bytes: everything the page transferred until the network was idle after that, gzip as served, headers included (CDP Network). DOM nodes: elements of the document and its shadow roots. ' +
  'Casetrail’s widget is `<casetrail-timeline src="/data/cases/bench-all.timeline.json">` from `/embed.js` (its data: that file and the details chunks it fetches); vis-timeline gets a DataSet of the same events (made from the case’s TimelineJS export) and fits them itself; TimelineJS reads `/data/cases/bench-all.timelinejs.json`. ' +
  'The case-page rows compare with each peer’s whole host page (navigation to a drawn chart).';
