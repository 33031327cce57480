import { parseHTML } from 'linkedom';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { TimelinePayload } from '../../src/client/timeline/page';
import { VARIANT_WIDTHS } from '../../src/client/timeline/static';
import { ROOT, buildSite, readDist } from '../helpers/site';

function timelineOf(html: string) {
  const { document } = parseHTML(html);
  const figure = document.querySelector('.ct-timeline');
  const payload = JSON.parse(
    figure?.querySelector('script[data-ct-data]')?.textContent ?? 'null',
  ) as TimelinePayload | null;
  return { document, figure, payload };
}

describe('the build-time timeline', () => {
  test.each([
    ['cases/meta-ai-training-eu/index.html', 6],
    ['index.html', 6],
  ])('%s carries a static SVG per width and the data for %i events', (page, count) => {
    const { figure, payload } = timelineOf(readDist(page));
    const svgs = [...(figure?.querySelectorAll('svg[data-variant]') ?? [])];
    expect(svgs.map((s) => s.getAttribute('data-variant'))).toEqual(VARIANT_WIDTHS.map(String));
    expect(
      svgs.every(
        (s) =>
          s.getAttribute('role') === 'img' &&
          /Timeline of .*: 6 events/.test(s.getAttribute('aria-label') ?? ''),
      ),
    ).toBe(true);
    expect(payload?.events).toHaveLength(count);
  });

  test('draws the seed case honestly before any script runs', () => {
    const { figure } = timelineOf(readDist('cases/meta-ai-training-eu/index.html'));
    const wide = figure?.querySelector('svg[data-variant="1040"]');
    const mark = (id: string) => wide?.querySelector(`.ct-mark[data-event="${id}"]`);
    // "In April": some day in the month, drawn unlike a real interval.
    expect(mark('2025-04-meta-announces-eu-ai-training')?.getAttribute('data-span')).toBe(
      'somewhere',
    );
    expect(
      mark('2025-05-verbraucherzentrale-nrw-injunction-request')?.getAttribute('data-open'),
    ).toBe('before');
    expect(mark('2025-05-noyb-cease-and-desist-letter')?.getAttribute('data-open')).toBe('before');
    expect(mark('2025-05-27-meta-ai-training-start')?.getAttribute('data-status')).toBe(
      'scheduled',
    );
    // Its day has passed with no report since: hollow and struck, and the legend says so.
    expect(mark('2025-05-27-meta-ai-training-start')?.hasAttribute('data-overdue')).toBe(true);
    const legend = [...(figure?.querySelectorAll('.ct-legend [data-legend]') ?? [])].map((li) =>
      li.getAttribute('data-legend'),
    );
    expect(legend).toEqual(
      expect.arrayContaining(['somewhere', 'open-before', 'overdue', 'kind-decision']),
    );
    expect(legend).not.toContain('interval');
    expect(legend).not.toContain('cancelled');
  });

  test('draws every title in full on the widest chart', () => {
    const { figure, payload } = timelineOf(readDist('cases/meta-ai-training-eu/index.html'));
    const wide = figure?.querySelector('svg[data-variant="1040"]');
    const drawn = [...(wide?.querySelectorAll('.ct-label text') ?? [])].map((t) =>
      [...t.querySelectorAll('tspan')].map((s) => s.textContent).join(' '),
    );
    expect(drawn.sort()).toEqual(payload?.events.map((e) => e.title).sort());
  });

  test('keeps the ordered list as the content after the chart, and nothing in the chart is a tab stop', () => {
    const { document, figure } = timelineOf(readDist('cases/meta-ai-training-eu/index.html'));
    const list = document.querySelector('ol.event-list');
    expect(list?.querySelectorAll('li')).toHaveLength(6);
    const order = [...document.querySelectorAll('.ct-timeline, ol.event-list, .lede')];
    expect(order.map((el) => el.className)).toEqual(['lede', 'ct-timeline', 'event-list']);
    expect(figure?.querySelectorAll('svg [tabindex], svg a')).toHaveLength(0);
  });
});

describe('the timeline under a base path', () => {
  const outDir = join(ROOT, 'tests/.tmp/timeline-base');
  beforeAll(async () => {
    await buildSite({ outDir, env: { CASETRAIL_BASE: '/kb/' } });
  });

  // Follows the site's own links (src/site/paths.ts), so the chart and the list never disagree.
  test('links every event exactly as the list below it does', () => {
    const { document, payload } = timelineOf(
      readDist('cases/meta-ai-training-eu/index.html', outDir),
    );
    const hrefs = Object.fromEntries(
      [...document.querySelectorAll('ol.event-list li')].map((li) => [
        li.getAttribute('data-event-id'),
        li.querySelector('h3 a')?.getAttribute('href'),
      ]),
    );
    expect(payload?.events.map((e) => [e.id, e.url])).toEqual(Object.entries(hrefs));
  });
});

describe('the timeline scripts', () => {
  // d3-zoom imports d3-transition and d3-interpolate only to animate zooms, which the timeline does
  // itself; their bundled files bring all of d3-color (no-transition.ts stands in for them). The
  // markers: d3-color's named colours and d3-transition's scheduling errors.
  const scripts = (): [string, string][] => {
    const dir = join(ROOT, 'dist/_astro');
    return [
      ['embed.js', readDist('embed.js')],
      ...readdirSync(dir)
        .filter((name) => name.endsWith('.js'))
        .map((name): [string, string] => [name, readFileSync(join(dir, name), 'utf8')]),
    ];
  };

  test('carry neither d3-color nor d3-transition', () => {
    const carrying = scripts()
      .filter(([, text]) => /rebeccapurple|too late; already (scheduled|running)/.test(text))
      .map(([name]) => name);
    expect(carrying).toEqual([]);
  });
});
