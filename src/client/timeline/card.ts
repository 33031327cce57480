import { kindLabel } from '../../lib/labels';
import type { TimelineEvent } from '../../lib/timeline/types';
import { describeWhen } from '../../lib/timeline/wording';

/** Return the sentence the live region reads for a focused event. */
export function describeEvent(
  event: TimelineEvent,
  position: number,
  total: number,
  clustered: number,
  today: number | null = null,
): string {
  const group = clustered > 1 ? ` Shown in a group of ${clustered}; press Enter to list them.` : '';
  return `${describeWhen(event, today)}: ${event.title} (${kindLabel(event.kind)}). Event ${position} of ${total}.${group}`;
}

/** Fill the card with an event: title as a link, date as shown, kind, summary. Text only, never HTML. */
export function fillCard(
  card: HTMLElement,
  event: TimelineEvent,
  today: number | null = null,
): void {
  const doc = card.ownerDocument;
  const when = doc.createElement('p');
  when.className = 'ct-card-when';
  when.textContent = `${describeWhen(event, today)} · ${kindLabel(event.kind)}`;
  const title = doc.createElement('p');
  const link = doc.createElement('a');
  if (event.url) link.href = event.url;
  link.textContent = event.title;
  // The focused mark opens the event with Enter; the card's link is for pointers only.
  link.tabIndex = -1;
  title.append(link);
  const summary = doc.createElement('p');
  summary.textContent = event.summary;
  card.setAttribute('aria-hidden', 'true');
  card.removeAttribute('role');
  // A big timeline's data leaves summaries out; the list and the event's page carry them.
  card.replaceChildren(when, title, ...(event.summary ? [summary] : []));
}

/**
 * Fill the card with the events of a cluster, in date order, each a link to its page; a button
 * zooms in when they span more than a day (thirteen events of one day are read as the list).
 */
export function fillClusterCard(
  card: HTMLElement,
  events: readonly TimelineEvent[],
  options: { today: number | null; canZoom: boolean },
): void {
  const doc = card.ownerDocument;
  const head = doc.createElement('p');
  head.className = 'ct-card-when';
  const first = events[0]?.when ?? '';
  const last = events.at(-1)?.when ?? '';
  head.textContent = `${events.length} events, ${first === last ? first : `${first} to ${last}`}`;
  const list = doc.createElement('ol');
  for (const event of events) {
    const item = doc.createElement('li');
    item.setAttribute('data-event', event.id);
    const link = doc.createElement('a');
    link.href = event.url;
    link.textContent = event.title;
    item.append(`${describeWhen(event, options.today)}: `, link);
    list.append(item);
  }
  card.replaceChildren(head, list);
  if (options.canZoom) {
    const zoom = doc.createElement('button');
    zoom.type = 'button';
    zoom.className = 'ct-card-zoom';
    zoom.setAttribute('data-ct-action', 'zoom-cluster');
    zoom.textContent = 'Zoom in on these';
    card.append(zoom);
  }
  card.setAttribute('role', 'dialog');
  card.setAttribute('aria-label', head.textContent);
  card.removeAttribute('aria-hidden');
}

/** Place the card just under a point given in CSS pixels of the canvas, within its width; it may hang below. */
export function placeCard(card: HTMLElement, canvas: HTMLElement, x: number, y: number): void {
  card.hidden = false;
  const width = card.offsetWidth;
  card.style.left = `${Math.max(4, Math.min(canvas.clientWidth - width - 4, x - width / 2))}px`;
  card.style.top = `${y + 8}px`;
}
