import { eventStatusLabel, kindLabel } from '../../lib/labels';
import type { CardMediaView } from '../../lib/mdx/media';
import type { EventListItem } from '../../lib/timeline/event-list';

/** How a list is built where it is shown. */
export interface EventListOptions {
  /** Names the list for screen readers. */
  label: string;
  /** The heading level of each title, to fit the page's outline; `null`: a paragraph (the widget, inside another site's page). */
  level: 2 | 3 | null;
  /** Open links in the top window (the widget, which may sit in a frame). */
  target?: '_top';
  /** Give the parts `part=` hooks (the widget's shadow root; not HTML on a page). */
  parts?: boolean;
  /** The position of the first item among this many events, when the list shows a window of them. */
  window?: { start: number; total: number };
  /** CSS custom properties for the list (the kinds' palette). */
  style?: string;
}

type Child = Node | string;

function el(doc: Document, tag: string, attrs: Record<string, string | null>, kids: Child[] = []) {
  const node = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs))
    if (value !== null) node.setAttribute(name, value);
  node.append(...kids);
  return node;
}

function link(doc: Document, href: string, text: string, target?: string): HTMLElement {
  return href
    ? el(doc, 'a', { href, target: target ?? null }, [text])
    : el(doc, 'span', {}, [text]);
}

/**
 * Build an event's media on its card: a small picture with its credit, or a link to the page
 * or recording. Every text goes in as text; the caller checked every address.
 */
export function createCardMedia(
  doc: Document,
  view: CardMediaView,
  options: Pick<EventListOptions, 'target' | 'parts'> = {},
): HTMLElement {
  const credit = view.credit ? [el(doc, 'span', { class: 'credit' }, [view.credit])] : [];
  const part = options.parts ? 'media' : null;
  return view.image
    ? el(doc, 'figure', { class: 'card-media', part }, [
        el(doc, 'img', { src: view.src, alt: view.alt, loading: 'lazy', decoding: 'async' }),
        ...(credit.length ? [el(doc, 'figcaption', {}, credit)] : []),
      ])
    : el(doc, 'p', { class: 'card-media', part }, [
        link(doc, view.src, view.label, options.target),
        ...(credit.length ? [' · ', ...credit] : []),
      ]);
}

/** Build one event's card: its date and kind, title, status line, role, summary, media and change. */
function card(doc: Document, item: EventListItem, options: EventListOptions): HTMLElement {
  const time = el(
    doc,
    'time',
    {
      datetime: item.datetime,
      'data-precision': item.precision,
      'data-span': item.span,
    },
    [item.when],
  );
  const when = el(doc, 'p', { class: 'when' }, [time, ` · ${kindLabel(item.kind)}`]);
  if (item.status !== 'occurred')
    when.append(
      ' ',
      el(doc, 'span', { class: `badge badge-${item.status}` }, [eventStatusLabel(item.status)]),
    );
  const title = link(doc, item.url, item.title, options.target);
  return el(
    doc,
    'article',
    { class: 'event-card', id: options.parts ? null : `event-${item.id}` },
    [
      when,
      options.level
        ? el(doc, `h${options.level}`, {}, [title])
        : el(doc, 'p', { class: 'ct-event-title' }, [title]),
      ...(item.note ? [el(doc, 'p', { class: 'status-note' }, [item.note])] : []),
      ...(item.role ? [el(doc, 'p', { class: 'event-role' }, [`Role: ${item.role}`])] : []),
      el(doc, 'p', {}, [item.summary]),
      ...(item.media ? [createCardMedia(doc, item.media, options)] : []),
      ...(item.change ? [el(doc, 'p', { class: 'muted entry-change' }, [item.change])] : []),
    ],
  );
}

/**
 * Build the event list on a document (linkedom at build time, the widget's shadow root): an
 * ordered list drawn as a vertical timeline, each event's kind as its symbol and the time
 * between events as space, "· 2 years later ·" where the gap is long.
 */
export function createEventList(
  doc: Document,
  items: readonly EventListItem[],
  options: EventListOptions,
): HTMLOListElement {
  const list = el(doc, 'ol', {
    class: 'event-list',
    'aria-label': options.label,
    style: options.style ?? null,
    part: options.parts ? 'list' : null,
  }) as HTMLOListElement;
  items.forEach((item, i) => {
    const position = options.window ? options.window.start + i + 1 : null;
    list.append(
      el(
        doc,
        'li',
        {
          'data-status': item.status,
          'data-event-id': item.id,
          'data-group': item.group,
          'data-overdue': item.overdue ? '' : null,
          // em: the widget's root size is the host page's, which a publisher's CSS may change.
          style: item.gap?.space ? `--gap:${item.gap.space}em` : null,
          part: options.parts ? 'event' : null,
          'aria-posinset': position === null ? null : String(position),
          'aria-setsize': options.window ? String(options.window.total) : null,
        },
        [
          ...(item.gap?.text
            ? [el(doc, 'p', { class: 'event-gap' }, [`· ${item.gap.text} ·`])]
            : []),
          card(doc, item, options),
        ],
      ),
    );
  });
  return list;
}
