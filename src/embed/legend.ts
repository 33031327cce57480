// The legend of src/components/TimelineLegend.astro, for the shadow root, where no build-time
// markup exists. tests/unit/embed/legend.test.ts renders that component and fails on any drift.

const POINT = 'M10,8a5,5 0 1,0 10,0a5,5 0 1,0 -10,0Z';
const BAND = 'M1,1H29V15H1Z';

/** Each swatch (SVG markup, built from constants only) and what it means. */
export const LEGEND_ITEMS: readonly (readonly [svg: string, text: string])[] = [
  [`<g class="ct-mark" data-shape="point"><path class="ct-shape" d="${POINT}"></path></g>`, 'Day'],
  [
    `<g class="ct-mark" data-shape="band"><path class="ct-shape" d="${BAND}"></path></g>`,
    'Month or year: a band over its span',
  ],
  [
    `<g class="ct-mark" data-shape="point" data-dashed=""><path class="ct-shape" d="${POINT}"></path></g>`,
    'Approximate or uncertain (dashed)',
  ],
  [
    `<g class="ct-mark" data-shape="point" data-open="before"><path class="ct-tail" d="M8,8H-4M0,4L-4,8L0,12"></path><path class="ct-shape" d="${POINT}"></path></g>`,
    'On or before (open to the left; on or after: to the right)',
  ],
  [
    `<g class="ct-mark" data-shape="point" data-status="scheduled"><path class="ct-shape" d="${POINT}"></path></g>`,
    'Scheduled (hollow)',
  ],
  [
    '<g class="ct-cluster"><rect x="3" y="1" width="24" height="14" rx="4"></rect><text x="15" y="8" dy="0.35em">5</text></g>',
    'Several events too close to tell apart: click to zoom in',
  ],
  ['<g class="ct-today"><line x1="15" x2="15" y1="0" y2="16"></line></g>', 'Today'],
];

/** Return the legend list for a document: the same marks, classes and words as the site's. */
export function createLegend(doc: Document): HTMLUListElement {
  const list = doc.createElement('ul');
  list.className = 'ct-legend';
  list.setAttribute('aria-label', 'How to read the timeline');
  list.setAttribute('part', 'legend');
  for (const [svg, text] of LEGEND_ITEMS) {
    const item = doc.createElement('li');
    // Constant markup from this module; no data reaches it.
    item.innerHTML = `<svg viewBox="0 0 30 16" aria-hidden="true">${svg}</svg>`;
    item.append(text);
    list.append(item);
  }
  return list;
}
