import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { createTimelineSvg, drawTimeline } from '../../../src/client/timeline/render';
import { renderStaticTimeline, VARIANT_WIDTHS } from '../../../src/client/timeline/static';
import { layoutTimeline } from '../../../src/lib/timeline/layout';
import { linkArcs } from '../../../src/lib/timeline/links';
import { prepareTimeline } from '../../../src/lib/timeline/prepare';
import { SEED_LIKE } from '../../fixtures/timeline/seed-like';

const TODAY = Date.UTC(2025, 4, 25);

function newDocument(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document;
}

/** Round every number in markup to whole pixels, so the snapshot checks the drawing, not float noise. */
function rounded(markup: string): string {
  return markup.replace(/-?\d+\.\d+(?![\d.]*em)/g, (n) => String(Math.round(Number(n))));
}

describe('drawTimeline', () => {
  test('draws the seed-like fixture as the snapshot shows', () => {
    const prepared = prepareTimeline(SEED_LIKE, 'case', { 'case-a': 'Case A' });
    const layout = layoutTimeline(prepared, { domain: prepared.extent, width: 720, today: TODAY });
    const svg = createTimelineSvg(newDocument());
    drawTimeline(svg, layout, { events: prepared.events, links: linkArcs(layout, prepared, 2) });
    expect(rounded(svg.outerHTML).replace(/></g, '>\n<')).toMatchSnapshot();
  });

  test('updates in place: a second draw keeps the elements of marks still in view', () => {
    const prepared = prepareTimeline(SEED_LIKE);
    const svg = createTimelineSvg(newDocument());
    drawTimeline(svg, layoutTimeline(prepared, { domain: prepared.extent, width: 1100 }), {
      events: prepared.events,
    });
    const before = svg.querySelector('.ct-mark[data-event="scheduled-27"]');
    const [a, b] = prepared.extent;
    drawTimeline(svg, layoutTimeline(prepared, { domain: [a + (b - a) * 0.8, b], width: 1100 }), {
      events: prepared.events,
    });
    expect(svg.querySelector('.ct-mark[data-event="scheduled-27"]')).toBe(before);
    expect(svg.querySelector('.ct-mark[data-event="month"]')).toBeNull();
  });

  test.each([
    ['month', 'span', null],
    ['before-23', 'point', 'before'],
    ['scheduled-27', 'point', null],
  ])('draws %s as a %s, open %s', (id, shape, open) => {
    const prepared = prepareTimeline(SEED_LIKE);
    const svg = createTimelineSvg(newDocument());
    drawTimeline(svg, layoutTimeline(prepared, { domain: prepared.extent, width: 1100 }), {
      events: prepared.events,
    });
    const mark = svg.querySelector(`.ct-mark[data-event="${id}"]`);
    expect(mark?.getAttribute('data-shape')).toBe(shape);
    expect(mark?.getAttribute('data-open')).toBe(open);
    expect(Boolean(mark?.querySelector('.ct-tail')?.getAttribute('d'))).toBe(open !== null);
  });

  test('escapes titles as text, never as markup', () => {
    const hostile = [{ ...SEED_LIKE[2]!, title: '<script>alert(1)</script> & "quotes"' }];
    const prepared = prepareTimeline(hostile);
    const svg = createTimelineSvg(newDocument());
    drawTimeline(svg, layoutTimeline(prepared, { domain: prepared.extent, width: 1100 }), {
      events: prepared.events,
    });
    expect(svg.outerHTML).not.toContain('<script>');
    expect(svg.outerHTML).toContain('&lt;script&gt;');
  });
});

describe('renderStaticTimeline', () => {
  test('renders one labelled image per width, for CSS to choose from', () => {
    const prepared = prepareTimeline(SEED_LIKE);
    const markup = renderStaticTimeline(newDocument(), prepared, {
      today: TODAY,
      label: 'Timeline of a case',
    });
    const { document } = parseHTML(`<div>${markup}</div>`);
    const svgs = [...document.querySelectorAll('svg')];
    expect(svgs.map((s) => s.getAttribute('data-variant'))).toEqual(VARIANT_WIDTHS.map(String));
    expect(
      svgs.every(
        (s) =>
          s.getAttribute('role') === 'img' && s.getAttribute('aria-label') === 'Timeline of a case',
      ),
    ).toBe(true);
    expect(document.querySelectorAll('[tabindex]')).toHaveLength(0);
  });
});

describe('hit areas', () => {
  test.each([280, 1040])(
    'every mark drawn at %i units has a hit area of at least 24 × 24',
    (width) => {
      const prepared = prepareTimeline(SEED_LIKE);
      const svg = createTimelineSvg(newDocument());
      drawTimeline(svg, layoutTimeline(prepared, { domain: prepared.extent, width }), {
        events: prepared.events,
      });
      const hits = [...svg.querySelectorAll('.ct-mark .ct-hit')];
      expect(hits).toHaveLength(svg.querySelectorAll('.ct-mark').length);
      for (const hit of hits) {
        expect(Number(hit.getAttribute('width'))).toBeGreaterThanOrEqual(24);
        expect(Number(hit.getAttribute('height'))).toBeGreaterThanOrEqual(24);
      }
    },
  );
});
