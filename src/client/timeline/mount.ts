import { select } from 'd3-selection';
import {
  zoom as d3zoom,
  zoomIdentity,
  type ZoomBehavior,
  type ZoomScale,
  type ZoomTransform,
} from 'd3-zoom';
import { layoutTimeline } from '../../lib/timeline/layout';
import { linkArcs } from '../../lib/timeline/links';
import { DAY_MS, createTimeScale, type TimeScale } from '../../lib/timeline/time';
import { prepareTimeline } from '../../lib/timeline/prepare';
import type { LaneBy, TimelineEvent, TimelineLayout } from '../../lib/timeline/types';
import { describeEvent, fillCard, placeCard } from './card';
import { eventIdFromHash, hashForEvent } from './hash';
import { createTimelineSvg, drawTimeline } from './render';
import { createSkeleton } from './skeleton';
import { variantFor } from './static';
import { handleKey } from './keyboard';

/** How a timeline is mounted. */
export interface MountOptions {
  laneBy?: LaneBy;
  /** Lane labels by id (case titles, actor names). */
  names?: Record<string, string>;
  /** Midnight (UTC ms) of today; defaults to the browser's date. `null` draws no today rule. */
  today?: number | null;
  /** Read and write `#event=<id>` in the page's URL. Off for embeds. */
  hash?: boolean;
  /** CSS to put into the root when it is a shadow root (the timeline's own stylesheet). */
  css?: string;
  /** Title each lane, even when there is only one. */
  laneTitles?: boolean;
  /** The accessible name of the chart. */
  label?: string;
  /** Open an event's page; defaults to navigating the root's window. */
  open?: (url: string) => void;
}

/** A mounted timeline. */
export interface TimelineHandle {
  /** Select, centre and focus an event by id; false when it is not in this timeline. */
  select(id: string, focus?: boolean): boolean;
  fit(): void;
  zoomBy(factor: number): void;
  /** Show a time domain (ms) at once, without animation, and draw it now. */
  setView(domain: readonly [number, number]): TimelineLayout;
  /** Lay out and draw now; returns the layout (the benchmark times this). */
  render(): TimelineLayout;
  readonly layout: TimelineLayout;
  destroy(): void;
}

// d3-zoom loads d3-transition, which adds transition() to selections; its types are not installed.
type Transitionable = {
  transition(): {
    duration(ms: number): {
      call(fn: (transition: never, to: ZoomTransform) => void, to: ZoomTransform): unknown;
    };
  };
};

/** The narrowest span one can zoom into. */
const MIN_VISIBLE_MS = 3 * DAY_MS;

/**
 * Mount the interactive timeline on a root (an element holding the build-time markup, or an
 * empty element or shadow root, which gets a fresh skeleton). Uses only the root's own document
 * and window, so several timelines and shadow roots can live on one page.
 */
export function mountTimeline(
  root: HTMLElement | ShadowRoot,
  data: readonly TimelineEvent[],
  options: MountOptions = {},
): TimelineHandle {
  const doc = root.ownerDocument;
  const win = doc.defaultView as Window & typeof globalThis;
  const isElement = (node: Node): node is HTMLElement => node.nodeType === 1;
  if (options.css && !isElement(root)) {
    const style = doc.createElement('style');
    style.textContent = options.css;
    root.append(style);
  }
  const figure =
    (isElement(root) && root.matches('.ct-timeline')
      ? root
      : root.querySelector<HTMLElement>('.ct-timeline')) ??
    root.appendChild(createSkeleton(doc, options.label ?? 'Timeline'));
  const canvas = figure.querySelector<HTMLElement>('.ct-canvas') as HTMLElement;
  const card = figure.querySelector<HTMLElement>('.ct-card') as HTMLElement;
  const live = figure.querySelector<HTMLElement>('.ct-live') as HTMLElement;
  const prepared = prepareTimeline(data, options.laneBy ?? 'case', options.names ?? {});
  const { events } = prepared;
  const reduceMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const today =
    options.today === undefined ? Math.floor(Date.now() / DAY_MS) * DAY_MS : options.today;
  const open = options.open ?? ((url: string) => win.location.assign(url));

  let width = variantFor(canvas.clientWidth || 1100);
  const statics = [...canvas.querySelectorAll<SVGSVGElement>('svg[data-variant]')];
  const svgNode =
    statics.find((s) => s.dataset.variant === String(width)) ??
    canvas.appendChild(createTimelineSvg(doc));
  for (const other of statics) if (other !== svgNode) other.remove();
  // The build-time drawing has no data bound; redraw it in the same task, so no frame shows a gap.
  svgNode.replaceChildren();
  svgNode.removeAttribute('data-variant');
  svgNode.setAttribute('data-live', '');
  svgNode.setAttribute('role', 'group');
  svgNode.setAttribute('aria-roledescription', 'timeline');
  svgNode.setAttribute(
    'aria-label',
    `${options.label ?? svgNode.getAttribute('aria-label') ?? 'Timeline'} Arrow keys move between events in date order, Enter opens one, plus and minus zoom, Home and End jump to the first and last.`,
  );
  const svg = select(svgNode);

  let base = createTimeScale(prepared.extent, [0, width]);
  let transform: ZoomTransform = zoomIdentity;
  // rescaleX copies the base scale; the base itself never changes while zooming.
  const view = (): TimeScale =>
    transform.rescaleX(base as unknown as ZoomScale) as unknown as TimeScale;
  const laneTitles = options.laneTitles;
  let layout = layoutTimeline(prepared, { domain: prepared.extent, width, today, laneTitles });
  let focused: number | null = null;
  let frame = 0;

  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>().on(
    'zoom',
    (event: { transform: ZoomTransform }) => {
      transform = event.transform;
      if (!frame) frame = win.requestAnimationFrame(() => ((frame = 0), render()));
    },
  );
  const configureZoom = () => {
    const maxK = Math.max(1, (prepared.extent[1] - prepared.extent[0]) / MIN_VISIBLE_MS);
    behaviour
      .extent([
        [0, 0],
        [width, layout.height],
      ])
      .translateExtent([
        [0, 0],
        [width, layout.height],
      ])
      .scaleExtent([1, maxK]);
  };

  function elementOf(event: number): SVGGElement | null {
    const id = events[event]?.id ?? '';
    const mark = svgNode.querySelector<SVGGElement>(`.ct-mark[data-event="${id}"]`);
    if (mark) return mark;
    const index = layout.clusters.findIndex((c) => c.members.includes(event));
    return index < 0 ? null : (svgNode.querySelectorAll<SVGGElement>('.ct-cluster')[index] ?? null);
  }

  function render(): TimelineLayout {
    const domain = view().domain();
    layout = layoutTimeline(prepared, { domain, width, today, laneTitles });
    drawTimeline(svgNode, layout, {
      events,
      links: focused === null ? [] : linkArcs(layout, prepared, focused),
    });
    svgNode.setAttribute(
      'data-domain',
      `${new Date(domain[0]).toISOString()}/${new Date(domain[1]).toISOString()}`,
    );
    updateRoving();
    return layout;
  }

  function updateRoving(): void {
    const current = focused === null ? firstVisible() : elementOf(focused);
    svg.selectAll<SVGGElement, unknown>('.ct-mark, .ct-cluster').each(function () {
      const on = this === current;
      // Touch attributes only when they change: a zoom frame must not restyle every mark.
      if (!on && this.getAttribute('tabindex') === '-1' && !this.hasAttribute('aria-current'))
        return;
      this.setAttribute('tabindex', on ? '0' : '-1');
      if (on) {
        this.removeAttribute('aria-hidden');
        const cluster = this.classList.contains('ct-cluster');
        this.setAttribute('role', cluster ? 'button' : 'link');
        const event =
          focused ??
          Number(
            cluster
              ? layout.clusters.find((c) => c.key === keyOf(this))?.members[0]
              : indexOf(this),
          );
        const count = cluster ? Number(this.getAttribute('data-count')) : 1;
        const e = events[event];
        this.setAttribute('aria-label', e ? describeEvent(e, event + 1, events.length, count) : '');
      } else {
        this.setAttribute('aria-hidden', 'true');
        this.removeAttribute('role');
        this.removeAttribute('aria-label');
      }
      if (on && focused !== null) this.setAttribute('aria-current', 'true');
      else this.removeAttribute('aria-current');
    });
    if (
      current &&
      figure.contains(activeElement()) &&
      activeElement() !== current &&
      activeElement()?.closest('svg') === svgNode
    ) {
      current.focus({ preventScroll: true });
    }
  }

  const keyOf = (el: Element) => (el as unknown as { __data__?: { key: string } }).__data__?.key;
  const indexOf = (el: Element) => prepared.indexById.get(el.getAttribute('data-event') ?? '') ?? 0;
  const activeElement = () => (figure.getRootNode() as Document | ShadowRoot).activeElement;
  const firstVisible = () => svgNode.querySelector<SVGGElement>('.ct-mark, .ct-cluster');

  function xOf(event: number, scale: TimeScale = view()): number {
    const { a0, a1 } = prepared.times[event]!;
    return scale((a0 + a1) / 2);
  }

  function move(to: ZoomTransform, animate: boolean): void {
    if (animate && !reduceMotion)
      (svg as unknown as Transitionable)
        .transition()
        .duration(300)
        .call((transition, t) => behaviour.transform(transition, t), to);
    else {
      svg.call((selection) => behaviour.transform(selection, to));
      if (frame) {
        win.cancelAnimationFrame(frame);
        frame = 0;
      }
      render();
    }
  }

  function centreOn(event: number, k = transform.k): ZoomTransform {
    return zoomIdentity
      .translate(width / 2, 0)
      .scale(k)
      .translate(-xOf(event, base), 0);
  }

  function focusEvent(event: number, how: { focus: boolean; updateHash: boolean }): void {
    focused = event;
    const x = xOf(event);
    if (x < width * 0.05 || x > width * 0.95) move(centreOn(event), false);
    else render();
    const el = elementOf(event);
    if (how.focus) el?.focus({ preventScroll: true });
    const e = events[event]!;
    const count = el?.classList.contains('ct-cluster') ? Number(el.getAttribute('data-count')) : 1;
    live.textContent = describeEvent(e, event + 1, events.length, count);
    showCard(event, el);
    if (how.updateHash && options.hash) win.history.replaceState(null, '', hashForEvent(e.id));
  }

  function showCard(event: number, el: Element | null): void {
    const e = events[event];
    if (!e || !el) return void (card.hidden = true);
    fillCard(card, e);
    const box = el.getBoundingClientRect();
    const frameBox = canvas.getBoundingClientRect();
    placeCard(card, canvas, box.left + box.width / 2 - frameBox.left, box.bottom - frameBox.top);
  }

  function zoomBy(factor: number): void {
    const at = focused === null ? width / 2 : Math.max(0, Math.min(width, xOf(focused)));
    const k = transform.k * factor;
    const t0 = base.invert(transform.invertX(at));
    move(zoomIdentity.translate(at, 0).scale(k).translate(-base(t0), 0), true);
  }

  function fit(): void {
    move(zoomIdentity, true);
  }

  function zoomToCluster(index: number): void {
    const cluster = layout.clusters[index];
    if (!cluster) return;
    const pad = Math.max((cluster.t1 - cluster.t0) * 0.15, DAY_MS);
    const [a, b] = [base(cluster.t0 - pad), base(cluster.t1 + pad)];
    const k = width / Math.max(b - a, 1e-9);
    move(zoomIdentity.scale(k).translate(-a, 0), true);
  }

  const onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const cluster = target.closest('.ct-cluster');
    if (cluster) {
      zoomToCluster([...svgNode.querySelectorAll('.ct-cluster')].indexOf(cluster));
      return;
    }
    const mark = target.closest('.ct-mark');
    if (!mark) return;
    const index = indexOf(mark);
    if (focused === index) open(events[index]!.url);
    else focusEvent(index, { focus: true, updateHash: true });
  };
  const onOver = (event: MouseEvent) => {
    const mark = (event.target as Element).closest('.ct-mark');
    if (mark) showCard(indexOf(mark), mark);
  };
  const onLeave = () =>
    focused === null ? (card.hidden = true) : showCard(focused, elementOf(focused));
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as Element;
    const onCluster = target.classList?.contains('ct-cluster');
    const current =
      focused ??
      (target.classList?.contains('ct-mark')
        ? indexOf(target)
        : onCluster
          ? (layout.clusters.find((c) => c.key === keyOf(target))?.members[0] ?? 0)
          : 0);
    const handled = handleKey(event.key, {
      current,
      count: events.length,
      focusEvent: (i) => focusEvent(i, { focus: true, updateHash: true }),
      zoomBy,
      open: () =>
        onCluster
          ? zoomToCluster([...svgNode.querySelectorAll('.ct-cluster')].indexOf(target))
          : open(events[current]!.url),
      dismiss: () => (card.hidden = true),
    });
    if (handled) event.preventDefault();
  };
  const onHash = () => {
    const id = eventIdFromHash(win.location.hash);
    const index = id === null ? undefined : prepared.indexById.get(id);
    if (index !== undefined) focusEvent(index, { focus: false, updateHash: false });
  };
  const onAction = (event: MouseEvent) => {
    const action = (event.target as Element)
      .closest('[data-ct-action]')
      ?.getAttribute('data-ct-action');
    if (action === 'zoom-in') zoomBy(2);
    else if (action === 'zoom-out') zoomBy(0.5);
    else if (action === 'fit') fit();
  };

  configureZoom();
  svg.call(behaviour).style('touch-action', 'pan-y');
  svgNode.addEventListener('click', onClick);
  svgNode.addEventListener('mouseover', onOver);
  svgNode.addEventListener('mouseleave', onLeave);
  svgNode.addEventListener('keydown', onKey);
  figure.addEventListener('click', onAction);
  const resize = new win.ResizeObserver(() => {
    const next = variantFor(canvas.clientWidth);
    if (next === width) return;
    const domain = view().domain();
    width = next;
    base = createTimeScale(prepared.extent, [0, width]);
    configureZoom();
    const k = (prepared.extent[1] - prepared.extent[0]) / (domain[1] - domain[0]);
    move(zoomIdentity.scale(k).translate(-base(domain[0]), 0), false);
  });
  resize.observe(canvas);
  if (options.hash) win.addEventListener('hashchange', onHash);
  figure.setAttribute('data-live', '');
  render();
  if (options.hash) onHash();

  return {
    select: (id, focus = true) => {
      const index = prepared.indexById.get(id);
      if (index === undefined) return false;
      focusEvent(index, { focus, updateHash: true });
      return true;
    },
    fit,
    zoomBy,
    setView: ([from, to]) => {
      const k = (prepared.extent[1] - prepared.extent[0]) / (to - from);
      move(zoomIdentity.scale(k).translate(-base(from), 0), false);
      return layout;
    },
    render,
    get layout() {
      return layout;
    },
    destroy: () => {
      resize.disconnect();
      win.removeEventListener('hashchange', onHash);
      svg.on('.zoom', null);
      figure.removeEventListener('click', onAction);
      svgNode.removeEventListener('click', onClick);
      svgNode.removeEventListener('mouseover', onOver);
      svgNode.removeEventListener('mouseleave', onLeave);
      svgNode.removeEventListener('keydown', onKey);
      if (frame) win.cancelAnimationFrame(frame);
    },
  };
}
