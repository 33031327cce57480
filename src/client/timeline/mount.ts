import { select } from 'd3-selection';
import {
  zoom as d3zoom,
  zoomIdentity,
  type ZoomBehavior,
  type ZoomScale,
  type ZoomTransform,
} from 'd3-zoom';
import { layoutTimeline } from '../../lib/timeline/layout';
import { legendEntries } from '../../lib/timeline/legend';
import { linkArcs } from '../../lib/timeline/links';
import { DAY_MS, createTimeScale, type TimeScale } from '../../lib/timeline/time';
import { prepareTimeline, type PreparedTimeline } from '../../lib/timeline/prepare';
import type { LaneBy, TimelineEvent, TimelineLayout } from '../../lib/timeline/types';
import {
  centreDomain,
  clusterByKey,
  clusterDomain,
  clusterOf,
  domainToTransform,
  edgeDomain,
  isWellInView,
  MIN_VISIBLE_MS,
  zoomAnchor,
  zoomDomain,
  type Domain,
} from '../../lib/timeline/view';
import { describeEvent, fillCard, fillClusterCard, placeCard } from './card';
import { eventIdFromHash, hashForEvent } from './hash';
import { handleKey } from './keyboard';
import { createLegend } from './legend';
import { createTimelineSvg, drawTimeline } from './render';
import { createSkeleton } from './skeleton';
import { variantFor } from './static';
import { paletteStyle } from '../../lib/timeline/kinds';

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
  /** The events already prepared at build time (a fetched timeline): nothing is re-prepared. */
  prepared?: PreparedTimeline;
  /**
   * Fetch what an event's card lacks (the widget's summaries come a chunk at a time); the card
   * is filled again when it resolves, if it still shows that event.
   */
  loadDetails?: (event: TimelineEvent) => Promise<void> | null;
  /**
   * Fetch the ids and titles of events not in yet (a big chart's data carries its overview's
   * only): the view is laid out again when they come. Null when every one is in.
   */
  loadNames?: (events: readonly TimelineEvent[]) => Promise<void> | null;
  /** Fetch every event's id, for finding one by id (`#event=`, select, showOnly) before its names. */
  loadIds?: () => Promise<void>;
  /** Called after each drawing with the time domain in view (ms) and the selected event's index. */
  onView?: (domain: [number, number], selected: number | null) => void;
}

/**
 * A mounted timeline. Pages and the search narrowing talk to it only through these methods.
 */
export interface TimelineHandle {
  /**
   * Select, centre and focus an event by id; false when it is not in this timeline (or, for a
   * big chart whose ids are not in yet, not yet: it is selected once they are).
   */
  select(id: string, focus?: boolean): boolean;
  /** Show every event. */
  fit(): void;
  /** Zoom by a factor (> 1 zooms in) around the selected event, else the events in view. */
  zoomBy(factor: number): void;
  /** Show a time domain (ms) at once, without animation, and draw it now. */
  setView(domain: readonly [number, number]): TimelineLayout;
  /**
   * Draw only the events with these ids (a search's results), fitted; `null` shows all again.
   * Returns how many of the ids are in this timeline (a big chart's ids may have to come first:
   * it draws once they have).
   */
  showOnly(ids: Iterable<string> | null): number;
  /** Lay out and draw now; returns the layout (the benchmark times this). */
  render(): TimelineLayout;
  readonly layout: TimelineLayout;
  destroy(): void;
}

/** How long an animated zoom takes. */
const ZOOM_MS = 250;

/** How long a view rests before the titles it lacks are fetched (a big chart's). */
const NAMES_DELAY_MS = 200;

/** How long the "Ctrl + scroll to zoom" hint stays after a plain wheel over the chart. */
const WHEEL_HINT_MS = 1200;

/**
 * Mount the interactive timeline on a root (an element holding the build-time markup, or an
 * empty element or shadow root, which gets a fresh skeleton). Uses only the root's own document
 * and window, so several timelines and shadow roots can live on one page. The view maths lives in
 * src/lib/timeline/view.ts; this file wires events to it and draws.
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
    root.appendChild(createSkeleton(doc, options.label ?? 'Timeline', paletteStyle()));
  const canvas = figure.querySelector<HTMLElement>('.ct-canvas') as HTMLElement;
  const card = figure.querySelector<HTMLElement>('.ct-card') as HTMLElement;
  const live = figure.querySelector<HTMLElement>('.ct-live') as HTMLElement;
  const wheelHint = figure.querySelector<HTMLElement>('.ct-wheel-hint');
  const all = [...data];
  let prepared: PreparedTimeline =
    options.prepared ?? prepareTimeline(all, options.laneBy ?? 'case', options.names ?? {});
  const reduceMotion = win.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
  const today =
    options.today === undefined ? Math.floor(Date.now() / DAY_MS) * DAY_MS : options.today;
  // An event without an http(s) address (the widget drops any other) has nothing to open.
  const open =
    options.open ??
    ((url: string) => {
      if (url) win.location.assign(url);
    });

  let width = variantFor(canvas.clientWidth || 1040);
  const statics = [...canvas.querySelectorAll<SVGSVGElement>('svg[data-variant]')];
  const svgNode =
    statics.find((s) => s.dataset.variant === String(width)) ??
    canvas.insertBefore(createTimelineSvg(doc), canvas.firstChild);
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
  let laidOut = prepared;
  let focused: number | null = null;
  let openCluster: string | null = null;
  let frame = 0;
  let legendKeys = '';
  let hintTimer = 0;
  let namesTimer = 0;

  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = d3zoom<SVGSVGElement, unknown>()
    // Double-click zooms at once: d3-zoom's animation needs d3-transition, left out.
    .duration(0)
    // A plain wheel scrolls the page, as on a map embed; Ctrl/⌘ + wheel (and a trackpad pinch,
    // which the browser sends as Ctrl + wheel) zooms. Drag, touch and double-click zoom as ever.
    .filter((event: Event) => {
      if (event.type === 'wheel') {
        const wheel = event as WheelEvent;
        if (wheel.ctrlKey || wheel.metaKey) return true;
        showWheelHint();
        return false;
      }
      return !(event as MouseEvent).button;
    })
    .on('zoom', (event: { transform: ZoomTransform }) => {
      transform = event.transform;
      if (!frame) frame = win.requestAnimationFrame(() => ((frame = 0), render()));
    });
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

  function showWheelHint(): void {
    if (!wheelHint) return;
    wheelHint.setAttribute('data-on', '');
    win.clearTimeout(hintTimer);
    hintTimer = win.setTimeout(() => wheelHint.removeAttribute('data-on'), WHEEL_HINT_MS);
  }

  function elementOf(event: number): SVGGElement | null {
    const id = prepared.events[event]?.id ?? '';
    const mark = svgNode.querySelector<SVGGElement>(`.ct-mark[data-event="${id}"]`);
    if (mark) return mark;
    const cluster = clusterOf(layout, event);
    return cluster
      ? svgNode.querySelector<SVGGElement>(`.ct-cluster[data-key="${cluster.key}"]`)
      : null;
  }

  function updateLegend(): void {
    const entries = legendEntries(layout);
    const keys = entries.map((e) => e.key).join(' ');
    if (keys === legendKeys) return;
    legendKeys = keys;
    const legend = createLegend(doc, entries);
    // A `part` hook only where one means something (the widget's shadow root): on a page the
    // attribute is not HTML, and the W3C checker says so.
    if (figure.getRootNode() !== figure.ownerDocument) legend.setAttribute('part', 'legend');
    const old = figure.querySelector('.ct-legend');
    if (old) old.replaceWith(legend);
    else figure.append(legend);
  }

  function render(): TimelineLayout {
    const domain = view().domain();
    // The layout is a pure function of these: the first drawing reuses the one made at mount
    // (rescaleX's domain may differ from it by rounding, far below a millisecond).
    if (
      laidOut !== prepared ||
      layout.width !== width ||
      Math.abs(layout.domain[0] - +domain[0]) >= 1 ||
      Math.abs(layout.domain[1] - +domain[1]) >= 1
    )
      layout = layoutTimeline(prepared, { domain, width, today, laneTitles });
    laidOut = prepared;
    drawTimeline(svgNode, layout, {
      events: prepared.events,
      links: focused === null ? [] : linkArcs(layout, prepared, focused),
    });
    // Titles the view lacks are fetched once it rests: a zoom's passing frames ask for none.
    win.clearTimeout(namesTimer);
    if (layout.wanted.length > 0)
      namesTimer = win.setTimeout(
        () => whenNamed(layout.wanted.map((e) => prepared.events[e]!)),
        NAMES_DELAY_MS,
      );
    svgNode.setAttribute(
      'data-domain',
      `${new Date(domain[0]).toISOString()}/${new Date(domain[1]).toISOString()}`,
    );
    updateRoving();
    updateLegend();
    options.onView?.(layout.domain, focused);
    return layout;
  }

  /** Return an event's index by id; a narrowed chart's ids may have come after it was prepared. */
  function indexOfId(id: string): number | undefined {
    let index = prepared.indexById.get(id);
    if (index === undefined && id) {
      index = prepared.events.findIndex((e) => e.id === id);
      if (index < 0) return undefined;
      prepared.indexById.set(id, index);
    }
    return index;
  }

  let ids: Promise<void> | null = null;
  let idsIn = false;
  /** Fetch every event's id (once), then go on; nothing when they are in or cannot come. */
  function whenIds(then: () => void): void {
    if (idsIn || !options.loadIds) return;
    void (ids ??= options.loadIds().then(() => void (idsIn = true))).then(then);
  }

  /** Fetch these events' names, if any is not in, and draw again when they come. */
  function whenNamed(events: readonly TimelineEvent[], then: () => void = redraw): void {
    void options.loadNames?.(events)?.then(then);
  }

  /** Draw again at the next frame (names or details came). */
  function redraw(): void {
    if (!frame) frame = win.requestAnimationFrame(() => ((frame = 0), render()));
  }

  function updateRoving(): void {
    const current = focused === null ? firstVisible() : elementOf(focused);
    const selectedId = focused === null ? null : (prepared.events[focused]?.id ?? null);
    svg.selectAll<SVGGElement, unknown>('.ct-label').each(function () {
      const on = selectedId !== null && this.getAttribute('data-event') === selectedId;
      if (on) this.setAttribute('aria-current', 'true');
      else this.removeAttribute('aria-current');
    });
    svg.selectAll<SVGGElement, unknown>('.ct-mark, .ct-cluster').each(function () {
      const on = this === current;
      // Touch attributes only when they change: a zoom frame must not restyle every mark.
      if (!on && this.getAttribute('tabindex') === '-1' && !this.hasAttribute('aria-current'))
        return;
      this.setAttribute('tabindex', on ? '0' : '-1');
      if (on) {
        this.removeAttribute('aria-hidden');
        const isCluster = this.classList.contains('ct-cluster');
        this.setAttribute('role', isCluster ? 'button' : 'link');
        const cluster = isCluster
          ? clusterByKey(layout, this.getAttribute('data-key') ?? '')
          : null;
        const event = focused ?? (cluster ? (cluster.members[0] ?? 0) : indexOf(this));
        const count = cluster ? cluster.members.length : 1;
        const e = prepared.events[event];
        this.setAttribute(
          'aria-label',
          e ? describeEvent(e, event + 1, prepared.events.length, count, today) : '',
        );
        if (e && !e.title) whenNamed([e]);
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

  const indexOf = (el: Element) => indexOfId(el.getAttribute('data-event') ?? '') ?? 0;
  const activeElement = () => (figure.getRootNode() as Document | ShadowRoot).activeElement;
  const firstVisible = () => svgNode.querySelector<SVGGElement>('.ct-mark, .ct-cluster');
  const centreOf = (event: number) => {
    const { a0, a1 } = prepared.times[event]!;
    return (a0 + a1) / 2;
  };

  let tween = 0;
  function jump(domain: Domain): void {
    const { k, x } = domainToTransform(domain, prepared.extent, width);
    svg.call((s) => behaviour.transform(s, zoomIdentity.translate(x, 0).scale(k)));
    if (frame) {
      win.cancelAnimationFrame(frame);
      frame = 0;
    }
    render();
  }

  /** Show a domain, sliding there over a quarter second unless motion is reduced. */
  function move(domain: Domain, animate: boolean): void {
    win.cancelAnimationFrame(tween);
    if (!animate || reduceMotion) return jump(domain);
    const from = view().domain();
    const start = win.performance.now();
    const step = (now: number) => {
      const p = Math.min(1, (now - start) / ZOOM_MS);
      const e = p * (2 - p);
      jump([from[0] + (domain[0] - from[0]) * e, from[1] + (domain[1] - from[1]) * e]);
      if (p < 1) tween = win.requestAnimationFrame(step);
    };
    tween = win.requestAnimationFrame(step);
  }

  function focusEvent(event: number, how: { focus: boolean; updateHash: boolean }): void {
    focused = event;
    openCluster = null;
    const domain = view().domain();
    if (!isWellInView(domain, centreOf(event)))
      move(centreDomain(domain, centreOf(event), prepared.extent), false);
    else render();
    const el = elementOf(event);
    if (how.focus) el?.focus({ preventScroll: true });
    const e = prepared.events[event]!;
    const count = el?.classList.contains('ct-cluster') ? Number(el.getAttribute('data-count')) : 1;
    showCard(event, el);
    // Its name may not be in yet (a big chart): say it and keep it in the URL once it is.
    if (!e.title)
      return whenNamed([e], () => {
        if (focused === event) focusEvent(event, { ...how, focus: false });
      });
    live.textContent = describeEvent(e, event + 1, prepared.events.length, count, today);
    // Replace, never push: walking the events with the arrow keys must not fill the history.
    if (how.updateHash && options.hash) win.history.replaceState(null, '', hashForEvent(e.id));
  }

  function showCard(event: number, el: Element | null): void {
    const e = prepared.events[event];
    if (!e || !el) return void (card.hidden = true);
    fillCard(card, e, today);
    position(el);
    const shown = e.id;
    card.setAttribute('data-card-event', shown);
    if (!e.summary || !e.title)
      void options.loadDetails?.(e)?.then(() => {
        // Still this event's card (hover or focus): fill it again, now with its summary.
        const same = card.getAttribute('data-card-event') === shown && !card.hasAttribute('role');
        if (!card.hidden && same && e.title) {
          fillCard(card, e, today);
          card.setAttribute('data-card-event', e.id);
        }
        // Its links came too: draw them from the selected event.
        if (focused === event) redraw();
      });
  }

  function position(el: Element): void {
    const box = el.getBoundingClientRect();
    const frameBox = canvas.getBoundingClientRect();
    placeCard(card, canvas, box.left + box.width / 2 - frameBox.left, box.bottom - frameBox.top);
  }

  function showClusterList(key: string, focusList: boolean): void {
    const cluster = clusterByKey(layout, key);
    const el = svgNode.querySelector(`.ct-cluster[data-key="${key}"]`);
    if (!cluster || !el) return;
    const events = [...cluster.members].map((m) => prepared.events[m]!);
    // A big chart's cluster may hold events whose names are not in: list it once they are.
    if (events.some((e) => !e.title) && options.loadNames?.(events))
      return whenNamed(events, () => showClusterList(key, focusList));
    openCluster = key;
    fillClusterCard(card, events, { today, canZoom: cluster.t1 - cluster.t0 > DAY_MS });
    position(el);
    live.textContent = card.getAttribute('aria-label') ?? '';
    if (focusList) card.querySelector<HTMLElement>('a')?.focus({ preventScroll: true });
  }

  function zoomBy(factor: number): void {
    const selectedX = focused === null ? null : view()(centreOf(focused));
    const anchor = zoomAnchor(layout, selectedX);
    // With nothing in view, zooming in would only show more empty time: the edges lead the way.
    if (anchor === null && factor > 1) return;
    move(zoomDomain(view().domain(), width, anchor ?? width / 2, factor, prepared.extent), true);
  }

  function fit(): void {
    move(prepared.extent, true);
  }

  const onClick = (event: MouseEvent) => {
    const target = event.target as Element;
    const cluster = target.closest('.ct-cluster');
    if (cluster) return showClusterList(cluster.getAttribute('data-key') ?? '', false);
    const edge = target.closest('.ct-edge');
    if (edge) {
      const side = edge.getAttribute('data-edge') === 'before' ? 'before' : 'after';
      return move(edgeDomain(view().domain(), side, prepared, prepared.extent), true);
    }
    const mark = target.closest('.ct-mark, .ct-label');
    if (!mark) return;
    const index = indexOf(mark);
    if (focused === index && mark.classList.contains('ct-mark')) open(prepared.events[index]!.url);
    else focusEvent(index, { focus: true, updateHash: true });
  };
  const onOver = (event: MouseEvent) => {
    if (openCluster) return;
    const mark = (event.target as Element).closest('.ct-mark');
    if (mark) showCard(indexOf(mark), mark);
  };
  const onLeave = () => {
    if (openCluster) return;
    if (focused === null) card.hidden = true;
    else showCard(focused, elementOf(focused));
  };
  const onKey = (event: KeyboardEvent) => {
    const target = event.target as Element;
    const onCluster = target.classList?.contains('ct-cluster');
    const onEdge = target.classList?.contains('ct-edge');
    if (onEdge && (event.key === 'Enter' || event.key === ' ')) {
      event.preventDefault();
      const side = target.getAttribute('data-edge') === 'before' ? 'before' : 'after';
      return move(edgeDomain(view().domain(), side, prepared, prepared.extent), false);
    }
    const clusterKey = onCluster ? (target.getAttribute('data-key') ?? '') : '';
    const current =
      focused ??
      (target.classList?.contains('ct-mark')
        ? indexOf(target)
        : onCluster
          ? (clusterByKey(layout, clusterKey)?.members[0] ?? 0)
          : 0);
    const handled = handleKey(event.key, {
      current,
      count: prepared.events.length,
      focusEvent: (i) => focusEvent(i, { focus: true, updateHash: true }),
      zoomBy,
      open: () =>
        onCluster ? showClusterList(clusterKey, true) : open(prepared.events[current]!.url),
      dismiss: () => ((card.hidden = true), (openCluster = null)),
    });
    if (handled) event.preventDefault();
  };
  const onCardKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !openCluster) return;
    const key = openCluster;
    card.hidden = true;
    openCluster = null;
    svgNode.querySelector<SVGGElement>(`.ct-cluster[data-key="${key}"]`)?.focus();
  };
  const onHash = () => {
    const id = eventIdFromHash(win.location.hash);
    const index = id === null ? undefined : indexOfId(id);
    // A big chart finds the event once every id is in (one file), then selects it.
    if (index === undefined) return void (id && !id.startsWith('#') && whenIds(onHash));
    // A shared link to an event lands on the chart, not at the top of the page.
    figure.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' });
    focusEvent(index, { focus: false, updateHash: false });
  };
  const onAction = (event: MouseEvent) => {
    const action = (event.target as Element)
      .closest('[data-ct-action]')
      ?.getAttribute('data-ct-action');
    if (action === 'zoom-in') zoomBy(2);
    else if (action === 'zoom-out') zoomBy(0.5);
    else if (action === 'fit') fit();
    else if (action === 'zoom-cluster' && openCluster) {
      const cluster = clusterByKey(layout, openCluster);
      card.hidden = true;
      openCluster = null;
      if (cluster) move(clusterDomain(cluster, prepared.extent), true);
    }
  };

  configureZoom();
  svg.call(behaviour).style('touch-action', 'pan-y');
  svgNode.addEventListener('click', onClick);
  svgNode.addEventListener('mouseover', onOver);
  svgNode.addEventListener('mouseleave', onLeave);
  svgNode.addEventListener('keydown', onKey);
  card.addEventListener('keydown', onCardKey);
  figure.addEventListener('click', onAction);
  const resize = new win.ResizeObserver(() => {
    const next = variantFor(canvas.clientWidth);
    if (next === width) return;
    const domain = view().domain();
    width = next;
    base = createTimeScale(prepared.extent, [0, width]);
    configureZoom();
    move(domain, false);
  });
  resize.observe(canvas);
  if (options.hash) win.addEventListener('hashchange', onHash);
  figure.setAttribute('data-live', '');
  render();
  if (options.hash) onHash();

  return {
    select: function select(id, focus = true) {
      const index = indexOfId(id);
      if (index === undefined) return (void whenIds(() => select(id, focus)), false);
      focusEvent(index, { focus, updateHash: true });
      return true;
    },
    fit,
    zoomBy,
    setView: (domain) => {
      move(domain, false);
      return layout;
    },
    showOnly: function showOnly(ids) {
      const wanted = ids === null ? null : new Set(ids);
      // A big chart's ids come first (one file); until then it shows what it showed.
      if (wanted && !idsIn && options.loadIds) {
        whenIds(() => showOnly(wanted));
        return all.filter((e) => wanted.has(e.id)).length;
      }
      const events = wanted === null ? all : all.filter((e) => wanted.has(e.id));
      prepared = prepareTimeline(events, options.laneBy ?? 'case', options.names ?? {});
      focused = null;
      openCluster = null;
      card.hidden = true;
      base = createTimeScale(prepared.extent, [0, width]);
      transform = zoomIdentity;
      configureZoom();
      move(prepared.extent, false);
      return events.length;
    },
    render,
    get layout() {
      return layout;
    },
    destroy: () => {
      resize.disconnect();
      win.removeEventListener('hashchange', onHash);
      win.clearTimeout(hintTimer);
      win.clearTimeout(namesTimer);
      svg.on('.zoom', null);
      figure.removeEventListener('click', onAction);
      card.removeEventListener('keydown', onCardKey);
      svgNode.removeEventListener('click', onClick);
      svgNode.removeEventListener('mouseover', onOver);
      svgNode.removeEventListener('mouseleave', onLeave);
      svgNode.removeEventListener('keydown', onKey);
      if (frame) win.cancelAnimationFrame(frame);
      win.cancelAnimationFrame(tween);
    },
  };
}
