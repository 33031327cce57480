import type { EmbedCase } from '../lib/embed/embed-case';
import { h } from './dom';

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
