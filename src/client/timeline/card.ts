import { kindLabel } from '../../lib/labels';
import type { TimelineEvent } from '../../lib/timeline/types';

/** Return the sentence the live region reads for a focused event. */
export function describeEvent(
  event: TimelineEvent,
  position: number,
  total: number,
  clustered: number,
): string {
  const status = event.status === 'occurred' ? '' : `, ${event.status}`;
  const group = clustered > 1 ? ` Shown in a group of ${clustered}; press plus to zoom in.` : '';
  return `${event.when}: ${event.title} (${kindLabel(event.kind)}${status}). Event ${position} of ${total}.${group}`;
}

/** Fill the card with an event: title as a link, date as shown, kind, summary. Text only, never HTML. */
export function fillCard(card: HTMLElement, event: TimelineEvent): void {
  const doc = card.ownerDocument;
  const when = doc.createElement('p');
  when.className = 'ct-card-when';
  when.textContent = `${event.when} · ${kindLabel(event.kind)}${event.status === 'occurred' ? '' : ` · ${kindLabel(event.status)}`}`;
  const title = doc.createElement('p');
  const link = doc.createElement('a');
  if (event.url) link.href = event.url;
  link.textContent = event.title;
  // The focused mark opens the event with Enter; the card's link is for pointers only.
  link.tabIndex = -1;
  title.append(link);
  const summary = doc.createElement('p');
  summary.textContent = event.summary;
  card.replaceChildren(when, title, summary);
}

/** Place the card just under a point given in CSS pixels of the canvas, within its width; it may hang below. */
export function placeCard(card: HTMLElement, canvas: HTMLElement, x: number, y: number): void {
  card.hidden = false;
  const width = card.offsetWidth;
  card.style.left = `${Math.max(4, Math.min(canvas.clientWidth - width - 4, x - width / 2))}px`;
  card.style.top = `${y + 8}px`;
}
