import { mountTimeline, type TimelineHandle } from '../client/timeline/mount';
import type { EmbedCase } from '../lib/embed/embed-case';
import { eventsInWindow } from '../lib/embed/window';
import { DAY_MS } from '../lib/timeline/time';
import { CasetrailElement, siteUrl } from './base';
import { createAttribution, createMessage, createTitle } from './content';
import { h } from './dom';
import { detailsOf, loadActors } from './details';
import { createWindowedList, type WindowedList } from './event-list';
import { loadCase, LoadError } from './load';
import { EMBED_CSS } from './styles';

/** How far outside the viewport a widget starts loading its data. */
const LOAD_MARGIN = '600px 0px';

/**
 * `<casetrail-timeline case="…">`: a case's timeline and event list in an open shadow root,
 * drawn by the site's own timeline layout and renderer. It loads its data when it comes near the
 * viewport; attributes are checked like the iframe's query parameters, invalid ones ignored.
 */
export class CasetrailTimelineElement extends CasetrailElement {
  static override observedAttributes = ['src', ...CasetrailElement.observedAttributes];
  static override tag = 'casetrail-timeline';

  private observer: IntersectionObserver | null = null;
  private visible = false;
  private loadedUrl: string | null = null;
  private data: EmbedCase | null = null;
  private handle: TimelineHandle | null = null;
  private list: WindowedList | null = null;

  /** The data URL to read instead of the case's (absolute, resolved against the page); empty when none. */
  get src(): string {
    try {
      const url = new URL(this.getAttribute('src') ?? '', this.ownerDocument.baseURI);
      return this.getAttribute('src') && /^https?:$/.test(url.protocol) ? url.href : '';
    } catch {
      return '';
    }
  }
  set src(value: string) {
    this.setAttribute('src', value);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.visible = false;
  }

  private dataUrl(): string {
    return this.src || (this.case ? siteUrl(import.meta.url, 'caseTimeline', this.case) : '');
  }

  protected render(): void {
    const url = this.dataUrl();
    const doc = this.ownerDocument;
    if (!url) {
      return this.show(createMessage(doc, 'This Casetrail timeline needs case="…" or src="…".'));
    }
    if (url === this.loadedUrl && this.data) return this.draw(this.data);
    if (!this.visible) return this.waitUntilNear();
    this.loadedUrl = url;
    this.data = null;
    if (!this.root.querySelector('.ct-embed'))
      this.show(createMessage(doc, 'Loading the timeline…'));
    loadCase(url).then(
      (data) => {
        if (this.loadedUrl !== url) return;
        this.data = data;
        try {
          this.draw(data);
        } catch (error) {
          // A document that passed the checks but still cannot be drawn: say so, never hang.
          this.data = null;
          this.fail(error);
        }
      },
      (error: unknown) => {
        if (this.loadedUrl !== url) return;
        this.loadedUrl = null;
        this.fail(error);
      },
    );
  }

  private waitUntilNear(): void {
    const win = this.ownerDocument.defaultView;
    if (!win || !('IntersectionObserver' in win)) {
      this.visible = true;
      return this.update();
    }
    if (this.observer) return;
    this.observer = new win.IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.observer?.disconnect();
        this.observer = null;
        this.visible = true;
        this.update();
      },
      { rootMargin: LOAD_MARGIN },
    );
    this.observer.observe(this);
    if (!this.root.firstChild) this.show(createMessage(this.ownerDocument, 'Casetrail timeline'));
  }

  private fail(error: unknown): void {
    const doc = this.ownerDocument;
    const id = this.case;
    const page = id
      ? {
          href: siteUrl(import.meta.url, 'case', id),
          text: 'Open the case page.',
        }
      : undefined;
    const reason = error instanceof LoadError ? error.reason : 'failed';
    const text =
      reason === 'missing'
        ? id && !this.src
          ? `Casetrail has no case “${id}”.`
          : 'No Casetrail case at this address.'
        : reason === 'invalid'
          ? 'Not a Casetrail case’s data.'
          : 'The Casetrail timeline could not be loaded.';
    this.show(createMessage(doc, text, reason === 'failed' ? page : undefined));
    console.warn('casetrail-timeline:', error);
  }

  private show(content: HTMLElement): void {
    this.handle?.destroy();
    this.handle = null;
    this.list?.destroy();
    this.list = null;
    const doc = this.ownerDocument;
    const frame = h(doc, 'div', { class: 'ct-embed', part: 'root' }, [content]);
    this.root.replaceChildren(h(doc, 'style', {}, [EMBED_CSS]), frame);
  }

  private draw(data: EmbedCase): void {
    const doc = this.ownerDocument;
    // An empty chart would show an axis of nothing (around 1 January 2000); say so instead.
    if (data.events.length === 0)
      return this.show(createMessage(doc, `${data.title}: no events yet.`));
    const options = this.options();
    // Lanes by actor wait for the actors, which the chart's data keeps apart.
    const actors = options.lanes === 'actor' && loadActors(data);
    if (actors)
      return void actors.then(
        () => this.data === data && this.draw(data),
        (error: unknown) => this.data === data && this.fail(error),
      );
    const events = eventsInWindow(data.events, options);
    // The build's preparation serves as it is unless the options ask for other lanes or a range.
    const prepared =
      data.prepared.laneBy === options.lanes && events.length === data.events.length
        ? data.prepared.timeline
        : undefined;
    const chart = h(doc, 'div', { part: 'timeline' });
    const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
    // The list holds the events in the chart's view, not all of them: see src/embed/event-list.ts.
    const list = createWindowedList(doc, data, events, today, prepared);
    const frame = h(
      doc,
      'div',
      { class: 'ct-embed', part: 'root', 'data-fixed': options.height !== null },
      [createTitle(doc, data), chart, list.element, createAttribution(doc, data)],
    );
    if (options.height !== null) frame.style.height = `${options.height}px`;
    this.handle?.destroy();
    this.list?.destroy();
    this.list = list;
    this.root.replaceChildren(h(doc, 'style', {}, [EMBED_CSS]), frame);
    // The first drawing fills the list at once; zooming and panning update it once they pause.
    let first = true;
    this.handle = mountTimeline(chart, events, {
      laneBy: options.lanes,
      names: data.names[options.lanes],
      hash: false,
      label: `Timeline of ${data.title}`,
      today,
      ...(prepared && { prepared }),
      loadDetails: (event) => detailsOf(data)?.load([event]) ?? null,
      loadNames: (wanted) => detailsOf(data)?.names(wanted) ?? null,
      loadIds: () => detailsOf(data)?.ids() ?? Promise.resolve(),
      onView: (domain, selected) => {
        list.follow(domain, selected, first);
        first = false;
      },
    });
    if (options.event) this.handle.select(options.event, false);
  }
}
