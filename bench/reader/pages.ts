/**
 * Host pages for the widgets as readers get them: Casetrail's `<casetrail-timeline src=…>` from
 * /embed.js, vis-timeline and TimelineJS set up as their own docs embed them, each reading the
 * built case's data. Every page marks `ct-start` when it asks for the data and `ct-live` two
 * frames after the chart is drawn (so style, layout and paint are counted).
 */
import { jsonForScript } from '../../src/lib/html';

/** The widgets measured on a host page. */
export type WidgetId = 'ours' | 'vis' | 'timelinejs';

/** Where the host page finds the data of the case. */
export interface WidgetData {
  /** The chart data the widget reads (`/data/cases/<id>.timeline.json`); it fetches its details chunks from there. */
  caseTimeline: string;
  /** The case's TimelineJS document (`/data/cases/<id>.timelinejs.json`). */
  timelineJs: string;
  /** vis-timeline items made from the TimelineJS document (served by the harness). */
  visItems: string;
}

const DRAWN = `requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('ct-live')))`;

const BODY: Record<WidgetId, (data: WidgetData) => string> = {
  ours: (data) => `<script type="module" src="/embed.js"></script>
<casetrail-timeline id="widget" style="display:block;width:1100px"></casetrail-timeline>
<script type="module">
await customElements.whenDefined('casetrail-timeline');
const widget = document.getElementById('widget');
const root = widget.shadowRoot;
const observer = new MutationObserver(() => {
  if (!root.querySelector('[data-live]')) return;
  observer.disconnect();
  ${DRAWN};
});
observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-live'] });
performance.mark('ct-start');
widget.setAttribute('src', ${jsonForScript(data.caseTimeline)});
</script>`,
  vis: (
    data,
  ) => `<link rel="stylesheet" href="/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css">
<script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js"></script>
<div id="widget" style="width:1100px"></div>
<script>
addEventListener('load', async () => {
  performance.mark('ct-start');
  const items = new vis.DataSet(await (await fetch(${jsonForScript(data.visItems)})).json());
  window.widget = new vis.Timeline(document.getElementById('widget'), items, {});
  ${DRAWN};
});
</script>`,
  timelinejs: (
    data,
  ) => `<link rel="stylesheet" href="/node_modules/@knight-lab/timelinejs/dist/css/timeline.css">
<script src="/node_modules/@knight-lab/timelinejs/dist/js/timeline.js"></script>
<div id="widget" style="width:1100px;height:600px"></div>
<script>
addEventListener('load', () => {
  performance.mark('ct-start');
  window.widget = new TL.Timeline('widget', ${jsonForScript(data.timelineJs)}, { script_path: '/node_modules/@knight-lab/timelinejs/dist/js/', font: null, theme: null });
  window.widget.on('ready', () => ${DRAWN});
});
</script>`,
};

/** Return the host page of a widget, reading the case's data from the given URLs. */
export function widgetPage(id: WidgetId, data: WidgetData): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${id} as embedded</title>
<style>body{margin:8px;font-family:system-ui}</style></head><body>
${BODY[id](data)}
</body></html>`;
}

/**
 * The script every measured page runs first: on a case page, mark `ct-live` two frames after the
 * build-time timeline gets `data-live` (it is mounted).
 */
export const CASE_PAGE_INIT = `(() => {
  const observer = new MutationObserver((records) => {
    if (!records.some((r) => r.attributeName === 'data-live')) return;
    observer.disconnect();
    ${DRAWN};
  });
  observer.observe(document, { subtree: true, attributes: true, attributeFilter: ['data-live'] });
})();`;
