// Reading checks on a live timeline chart, run in the page: the chart may be in the document
// (a case page) or in a widget's shadow root (a fixture drawn through embed.js).
import type { Page } from 'playwright-core';

/** What a chart shows, measured in CSS pixels of the page. */
export interface ChartReport {
  /** Pairs of label boxes that overlap, by event id (or "text:…" for a link's or today's word). */
  overlaps: string[];
  /** Chart texts rendered under 12 CSS px, with their size. */
  smallText: string[];
  /** Events drawn in view with neither a label nor a place in a cluster. */
  unlabelled: string[];
  /** Marks and clusters whose hit area is under 24 × 24 CSS px. */
  smallTargets: string[];
  /** Clusters that hold a single event. */
  singles: string[];
  /** Marks in view whose outline is under 3:1 against the chart's background (WCAG 1.4.11). */
  lowContrast: string[];
  /** Legend keys, and the keys of what the chart paints in view (sorted). */
  legend: string[];
  needed: string[];
  marks: number;
  clusters: number;
}

/** Measure the first live chart of a page (in a widget's shadow root when there is one). */
export function measureChart(page: Page): Promise<ChartReport> {
  return page.evaluate(() => {
    const host = document.querySelector('casetrail-timeline');
    const root: ParentNode = host?.shadowRoot ?? document;
    const svg = root.querySelector('svg[data-live]') as SVGSVGElement;
    const frame = svg.getBoundingClientRect();
    const scale = frame.width / svg.viewBox.baseVal.width;
    const boxes: [string, DOMRect][] = [];
    for (const label of svg.querySelectorAll('.ct-label text'))
      boxes.push([
        label.parentElement!.getAttribute('data-event') ?? '?',
        label.getBoundingClientRect(),
      ]);
    for (const label of root.querySelectorAll('.ct-link-label, .ct-today-label'))
      if (label.textContent)
        boxes.push([`text:${label.textContent}`, label.getBoundingClientRect()]);
    const overlaps: string[] = [];
    // A label cut by the chart's edge cannot be read in full.
    for (const [id, r] of boxes)
      if (r.left < frame.left - 1 || r.right > frame.right + 1)
        overlaps.push(`${id} × the chart's edge`);
    boxes.forEach(([a, ra], i) => {
      for (const [b, rb] of boxes.slice(i + 1)) {
        const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (x > 0.5 && y > 0.5) overlaps.push(`${a} × ${b}`);
      }
    });
    const smallText: string[] = [];
    for (const text of svg.querySelectorAll('text')) {
      if (!text.textContent?.trim()) continue;
      const px = parseFloat(getComputedStyle(text).fontSize) * scale;
      if (px < 11.95) smallText.push(`${text.textContent.slice(0, 30)}: ${px.toFixed(1)} px`);
    }
    const labelled = new Set(
      [...svg.querySelectorAll('.ct-label')].map((l) => l.getAttribute('data-event')),
    );
    const unlabelled: string[] = [];
    const smallTargets: string[] = [];
    // The chart's background: the first opaque one from the canvas up, through a shadow host.
    const rgb = (css: string) => (css.match(/[\d.]+/g) ?? []).map(Number);
    let bg = [255, 255, 255];
    for (let el: Element | null = svg; el;) {
      const c = rgb(getComputedStyle(el).backgroundColor);
      if (c.length === 3 || (c.length === 4 && c[3]! > 0.99)) {
        bg = c.slice(0, 3);
        break;
      }
      el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host || null);
    }
    const luminance = ([r, g, b]: number[]) =>
      [r!, g!, b!]
        .map((v) => v / 255)
        .map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const contrast = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const lowContrast: string[] = [];
    const needed = new Set<string>();
    // What the chart paints in view, read from the drawing itself: a key counts only when the
    // element that shows it is drawn (a month too narrow for its dotted box is its symbol alone).
    const painted = (mark: Element, part: string) =>
      Boolean(mark.querySelector(part)?.getAttribute('d'));
    for (const mark of svg.querySelectorAll<SVGGElement>('.ct-mark')) {
      const r = mark.getBoundingClientRect();
      const cx = (r.left + r.right) / 2;
      const id = mark.getAttribute('data-event') ?? '?';
      const inView = cx >= frame.left && cx <= frame.right;
      if (inView && !labelled.has(id)) unlabelled.push(id);
      if (inView && (r.width < 23.9 || r.height < 23.9))
        smallTargets.push(`${id}: ${r.width}×${r.height}`);
      const shows = [...mark.querySelectorAll('.ct-shape, .ct-span, .ct-tail')]
        .filter((p) => p.getAttribute('d'))
        .map((p) => p.getBoundingClientRect());
      if (!shows.some((b) => b.right > frame.left && b.left < frame.right)) continue;
      const outline = [...mark.querySelectorAll('.ct-shape, .ct-span')].find((p) =>
        p.getAttribute('d'),
      );
      if (outline) {
        const ratio = contrast(rgb(getComputedStyle(outline).stroke), bg);
        if (ratio < 2.95) lowContrast.push(`${id}: ${ratio.toFixed(2)}:1`);
      }
      needed.add(`kind-${mark.getAttribute('data-group')}`);
      const span = mark.getAttribute('data-span');
      if (span && painted(mark, '.ct-span')) needed.add(span);
      const open = mark.getAttribute('data-open');
      if (open && painted(mark, '.ct-tail')) needed.add(`open-${open}`);
      if (mark.hasAttribute('data-dashed')) needed.add('dashed');
      const status = mark.getAttribute('data-status');
      if (status === 'cancelled') needed.add('cancelled');
      if (status === 'scheduled')
        needed.add(painted(mark, '.ct-overdue') ? 'overdue' : 'scheduled');
      if (mark.hasAttribute('data-linked')) needed.add('link');
    }
    const clusters = svg.querySelectorAll<SVGGElement>('.ct-cluster');
    const singles: string[] = [];
    for (const c of clusters) {
      const r = c.getBoundingClientRect();
      if (r.width < 23.9 || r.height < 23.9) smallTargets.push(`cluster: ${r.width}×${r.height}`);
      if (c.getAttribute('data-count') === '1') singles.push(c.getAttribute('data-key') ?? '?');
      needed.add('cluster');
    }
    if (svg.querySelector('.ct-today line')) needed.add('today');
    const legend = [...root.querySelectorAll('.ct-legend [data-legend]')].map(
      (li) => li.getAttribute('data-legend') ?? '',
    );
    return {
      overlaps,
      smallText,
      unlabelled,
      smallTargets,
      singles,
      lowContrast,
      legend: legend.sort(),
      needed: [...needed].sort(),
      marks: svg.querySelectorAll('.ct-mark').length,
      clusters: clusters.length,
    };
  });
}

/** Select the first event in view that links to another and return how many link arcs are drawn. */
export function selectLinkedEvent(page: Page): Promise<number> {
  return page.evaluate(async () => {
    const host = document.querySelector('casetrail-timeline');
    const root: ParentNode = host?.shadowRoot ?? document;
    const svg = root.querySelector('svg[data-live]')!;
    const frame = svg.getBoundingClientRect();
    const mark = [...svg.querySelectorAll<SVGGElement>('.ct-mark[data-linked]')].find((m) => {
      const r = m.getBoundingClientRect();
      return r.right > frame.left && r.left < frame.right;
    });
    if (!mark) return 0;
    mark.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(r));
    return svg.querySelectorAll('.ct-links path').length;
  });
}

/** Return the names of the events a cluster's list shows once opened. */
export function openFirstCluster(page: Page): Promise<{ count: number; listed: string[] } | null> {
  return page.evaluate(async () => {
    const host = document.querySelector('casetrail-timeline');
    const root: ParentNode = host?.shadowRoot ?? document;
    const cluster = root.querySelector<SVGGElement>('.ct-cluster');
    if (!cluster) return null;
    cluster.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await new Promise((r) => requestAnimationFrame(r));
    return {
      count: Number(cluster.getAttribute('data-count')),
      listed: [...root.querySelectorAll('.ct-card li')].map(
        (li) => li.getAttribute('data-event') ?? '',
      ),
    };
  });
}
