import { layoutTimeline } from '../../lib/timeline/layout';
import type { PreparedTimeline } from '../../lib/timeline/prepare';
import { createTimelineSvg, drawTimeline } from './render';

/** The widths (SVG units) the build lays the timeline out at; CSS shows the one that suits. */
export const VARIANT_WIDTHS = [400, 720, 1100] as const;

/** Return the layout width for a container this many CSS pixels wide (matches timeline.css). */
export function variantFor(cssWidth: number): number {
  return cssWidth < 560 ? 400 : cssWidth < 900 ? 720 : 1100;
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
