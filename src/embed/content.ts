import { datetimeAttr, type EmbedCase } from '../lib/embed/from-api';
import { kindLabel } from '../lib/labels';
import { kindGroupOf, paletteStyle } from '../lib/timeline/kinds';
import { listGap } from '../lib/timeline/gaps';
import { eventTime } from '../lib/timeline/prepare';
import { DAY_MS } from '../lib/timeline/time';
import type { TimelineEvent } from '../lib/timeline/types';
import { isOverdue } from '../lib/timeline/wording';
import { h } from './dom';
import { createCardMedia } from './media';

/** Return a link to a page in the top window, or plain text when the document gave no http(s) URL. */
function linkTo(doc: Document, href: string, text: string): HTMLElement {
  return href ? h(doc, 'a', { href, target: '_top' }, [text]) : h(doc, 'span', {}, [text]);
}

/** Return the case title, linking to the case page in the top window. */
export function createTitle(doc: Document, data: EmbedCase): HTMLElement {
  return h(doc, 'p', { class: 'ct-embed-title', part: 'title' }, [
    linkTo(doc, data.url, data.title),
  ]);
}

/** Return the ordered list of events, marked up like the site's event list (same classes). */
export function createEventList(
  doc: Document,
  data: EmbedCase,
  events: readonly TimelineEvent[],
): HTMLElement {
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const centres = events.map((e) => {
    const t = eventTime(e);
    return (t.a0 + t.a1) / 2;
  });
  // Like the site's list (src/components/EventList.astro): passed dates worded, gaps as space.
  // The kind symbols of the site's event-list.css are left out to keep embed.js within budget.
  return h(
    doc,
    'ol',
    {
      class: 'event-list',
      part: 'list',
      'aria-label': `Events in ${data.title}`,
      style: paletteStyle(),
    },
    events.map((event, i) => {
      const overdue = isOverdue(event, today);
      const time = h(doc, 'time', { datetime: datetimeAttr(event) }, [event.when]);
      const when = h(
        doc,
        'p',
        { class: 'when' },
        overdue
          ? ['Scheduled for ', time, `; not reported since · ${kindLabel(event.kind)}`]
          : [time, ` · ${kindLabel(event.kind)}`],
      );
      const gap = i === 0 ? null : listGap(centres[i - 1] as number, centres[i] as number);
      if (event.status !== 'occurred' && !overdue)
        when.append(
          ' ',
          h(doc, 'span', { class: `badge badge-${event.status}` }, [kindLabel(event.status)]),
        );
      const title = h(doc, 'p', { class: 'ct-event-title' }, [linkTo(doc, event.url, event.title)]);
      const note = data.statusNotes[event.id];
      const media = data.media[event.id];
      const card = h(doc, 'article', { class: 'event-card' }, [
        when,
        title,
        ...(note ? [h(doc, 'p', { class: 'badge-scheduled' }, [note])] : []),
        h(doc, 'p', {}, [event.summary]),
        ...(media ? [createCardMedia(doc, media)] : []),
      ]);
      return h(
        doc,
        'li',
        {
          'data-status': event.status,
          'data-event-id': event.id,
          'data-group': kindGroupOf(event.kind),
          'data-overdue': overdue,
          // em, not rem: rem is the host page's root size, which a publisher's CSS may change.
          style: gap ? `--gap:${gap.space}em` : undefined,
          part: 'event',
        },
        gap?.text ? [h(doc, 'p', { class: 'event-gap' }, [`· ${gap.text} ·`]), card] : [card],
      );
    }),
  );
}

/** Return the attribution line: the site the timeline comes from, by name, linked to the case page. */
export function createAttribution(doc: Document, data: EmbedCase): HTMLElement {
  return h(doc, 'p', { class: 'ct-attribution', part: 'attribution' }, [
    'Timeline from ',
    linkTo(doc, data.url, data.siteName || 'an unnamed site'),
    ': every event with its sources.',
  ]);
}

/** Return a message in place of the timeline, with an optional link to the case page. */
export function createMessage(
  doc: Document,
  text: string,
  link?: { href: string; text: string },
): HTMLElement {
  const message = h(doc, 'p', { class: 'ct-embed-message', part: 'message', role: 'status' }, [
    text,
  ]);
  if (link) message.append(' ', h(doc, 'a', { href: link.href, target: '_top' }, [link.text]));
  return message;
}
