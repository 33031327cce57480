import { createEventList } from '../client/timeline/event-list';
import { datetimeAttr, type EmbedCase } from '../lib/embed/from-api';
import { eventListItems } from '../lib/timeline/event-list';
import { paletteStyle } from '../lib/timeline/kinds';
import {
  eventsInView,
  listStatus,
  listWindow,
  pageWindow,
  type ListWindow,
} from '../lib/timeline/list-window';
import { eventTime, type PreparedTimeline } from '../lib/timeline/prepare';
import type { TimelineEvent } from '../lib/timeline/types';
import { isOverdue } from '../lib/timeline/wording';
import { notReportedSince } from '../lib/labels';

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
import { detailsOf } from './details';
import { h } from './dom';

/** How many events the list shows at once. */
export const LIST_PAGE = 25;

/** How long the list waits after the chart's view last changed before it follows (ms). */
const FOLLOW_MS = 150;

/** The widget's event list: the events in the chart's view, a page at a time. */
export interface WindowedList {
  readonly element: HTMLElement;
  /** Follow the chart to a view (ms), keeping the selected event (an index) listed; soon, or now. */
  follow(domain: readonly [number, number], selected: number | null, now?: boolean): void;
  destroy(): void;
}

/**
 * Build the widget's event list: the one event-list builder's markup for the events in the
 * chart's view (at most LIST_PAGE), a status line that says which and how many, read out when it
 * changes, and buttons that list the events before and after.
 */
export function createWindowedList(
  doc: Document,
  data: EmbedCase,
  events: readonly TimelineEvent[],
  today: number,
  prepared?: Pick<PreparedTimeline, 'a0' | 'a1'>,
): WindowedList {
  // The build's times when the chart draws the case's events as prepared; else worked out here.
  const times = prepared ? null : events.map(eventTime);
  const a0 = prepared?.a0 ?? Float64Array.from(times!, (t) => t.a0);
  const a1 = prepared?.a1 ?? Float64Array.from(times!, (t) => t.a1);
  const centres = Array.from(a0, (t, i) => (t + a1[i]!) / 2);
  // Summaries, status lines and media come a chunk at a time when the data is the chart's.
  const details = detailsOf(data);
  const total = events.length;
  const label = `Events in ${data.title}`;
  const status = h(doc, 'p', { class: 'ct-list-status', role: 'status', part: 'list-status' });
  const button = (side: 'earlier' | 'later') =>
    h(doc, 'button', { type: 'button', class: 'ct-list-more', 'data-side': side });
  const earlier = button('earlier');
  const later = button('later');
  let list = doc.createElement('ol');
  const element = h(doc, 'div', { class: 'ct-list' }, [status, earlier, list, later]);
  let shown: ListWindow | null = null;
  let shownKey = '';
  // The indices of the events in view, in date order; the window is positions in this.
  let inView: number[] = events.map((_, i) => i);
  let timer = 0;
  const win = doc.defaultView;

  const titles = (ol: Element) => [...ol.querySelectorAll<HTMLElement>('.ct-event-title a')];

  function show(next: ListWindow, focusFirst = false): void {
    status.textContent = listStatus(next, inView.length, total);
    const indices = inView.slice(next.start, next.end);
    const key = indices.join(' ');
    shown = next;
    if (key === shownKey) return;
    shownKey = key;
    const coming = details?.load(indices.map((i) => events[i]!));
    void coming?.then(() => {
      // Still the same events: draw them again, with what came.
      if (shownKey !== key || !shown) return;
      shownKey = '';
      show(shown, focusFirst && waiting);
    });
    // Titles not in yet (a big case's come a chunk at a time): the list is drawn when they are.
    const waiting = Boolean(coming) && indices.some((i) => !events[i]!.title);
    if (waiting) return;
    const items = eventListItems(
      events,
      (event) => {
        const overdue = isOverdue(event, today);
        const note = data.statusNotes[event.id];
        return {
          datetime: datetimeAttr(event),
          overdue,
          // The API's as-of sentence when it has one, as the site's list says it.
          note: note ?? (overdue ? `${capitalise(notReportedSince(event.when))}.` : null),
          ...(data.media[event.id] && { media: data.media[event.id] }),
        };
      },
      centres,
      indices,
    );
    const fresh = createEventList(doc, items, {
      label,
      level: null,
      target: '_top',
      parts: true,
      window: { start: next.start, total: inView.length },
      style: paletteStyle(),
    });
    // Drawn again with its details: the reader's focus stays on the title it was on.
    const at = titles(list).indexOf(
      (list.getRootNode() as ShadowRoot).activeElement as HTMLElement,
    );
    list.replaceWith(fresh);
    list = fresh;
    if (at >= 0) titles(fresh)[at]?.focus();
    for (const [el, count, side] of [
      [earlier, Math.min(LIST_PAGE, next.before), 'earlier'],
      [later, Math.min(LIST_PAGE, next.after), 'later'],
    ] as const) {
      el.hidden = count === 0;
      el.textContent = `Show ${count} ${side} event${count === 1 ? '' : 's'}`;
    }
    // Paged by a button: go on reading at the first event it brought.
    if (focusFirst) fresh.querySelector<HTMLElement>('.ct-event-title a')?.focus();
  }

  const onPage = (event: Event) => {
    const side = (event.currentTarget as HTMLElement).getAttribute('data-side');
    if (!shown || (side !== 'earlier' && side !== 'later')) return;
    show(pageWindow(shown, inView.length, LIST_PAGE, side), true);
  };
  earlier.addEventListener('click', onPage);
  later.addEventListener('click', onPage);

  return {
    element,
    follow(domain, selected, now = false) {
      const apply = () => {
        inView = eventsInView(a0, a1, domain);
        const anchor = selected === null ? -1 : inView.indexOf(selected);
        show(listWindow(inView.length, LIST_PAGE, anchor < 0 ? null : anchor));
      };
      if (win) win.clearTimeout(timer);
      if (now || !win) apply();
      else timer = win.setTimeout(apply, FOLLOW_MS);
    },
    destroy() {
      if (win) win.clearTimeout(timer);
    },
  };
}
