import { layoutTimeline } from '../../lib/timeline/layout';
import type { PreparedTimeline } from '../../lib/timeline/prepare';
import { legendEntries } from '../../lib/timeline/legend';
import { createLegend } from './legend';
import { createTimelineSvg, drawTimeline } from './render';
import { createCanvasParts, createToolbar } from './skeleton';

/**
 * The widths (SVG units) the build lays the timeline out at; CSS shows the widest that is not
 * wider than the container, so the drawing is only ever scaled up (at most 1.5×) and its 12 px
 * text never shrinks below 12 CSS px.
 */
export const VARIANT_WIDTHS = [280, 360, 480, 640, 800, 1040] as const;

/** Return the layout width for a container this many CSS pixels wide (matches timeline.css). */
export function variantFor(cssWidth: number): number {
  let best: number = VARIANT_WIDTHS[0];
  for (const w of VARIANT_WIDTHS) if (w <= cssWidth) best = w;
  return best;
}

/**
 * Render the fitted timeline as static SVG markup, once per variant width, on a given document
 * (linkedom at build time). Each is one labelled image: the list below it is the content.
 */
export function renderStaticTimeline(
  doc: Document,
  prepared: PreparedTimeline,
  options: { today?: number | null; label: string; laneTitles?: boolean },
): string {
  return VARIANT_WIDTHS.map((width) => {
    const layout = layoutTimeline(prepared, {
      domain: prepared.extent,
      width,
      today: options.today ?? null,
      laneTitles: options.laneTitles,
    });
    const svg = createTimelineSvg(doc);
    svg.setAttribute('data-variant', String(width));
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', options.label);
    drawTimeline(svg, layout, { events: prepared.events });
    return svg.outerHTML;
  }).join('');
}

/**
 * Render everything the build puts around the drawing, on a given document: the toolbar, the
 * canvas parts (card, wheel hint) and the legend of what the widest drawing shows.
 */
export function renderStaticChrome(
  doc: Document,
  prepared: PreparedTimeline,
  today: number | null,
): { toolbar: string; canvas: string; legend: string } {
  const widest = VARIANT_WIDTHS[VARIANT_WIDTHS.length - 1] ?? 1040;
  const layout = layoutTimeline(prepared, { domain: prepared.extent, width: widest, today });
  return {
    toolbar: createToolbar(doc).outerHTML,
    canvas: createCanvasParts(doc)
      .map((el) => el.outerHTML)
      .join(''),
    legend: createLegend(doc, legendEntries(layout)).outerHTML,
  };
}
