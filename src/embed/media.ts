import type { CardMediaView } from '../lib/mdx/media';
import { h } from './dom';

/**
 * Return an event's media on its widget card, as the site's card shows it
 * (src/components/CardMedia.astro): a small picture with its credit, or a link to the page or
 * recording. Every text goes in as text, every address was checked to be http(s).
 */
export function createCardMedia(doc: Document, view: CardMediaView): HTMLElement {
  const credit = view.credit ? [h(doc, 'span', { class: 'credit' }, [view.credit])] : [];
  return view.image
    ? h(doc, 'figure', { class: 'card-media', part: 'media' }, [
        h(doc, 'img', { src: view.src, alt: view.alt, loading: 'lazy', decoding: 'async' }),
        ...(credit.length ? [h(doc, 'figcaption', {}, credit)] : []),
      ])
    : h(doc, 'p', { class: 'card-media', part: 'media' }, [
        h(doc, 'a', { href: view.src, target: '_top' }, [view.label]),
        ...(credit.length ? [' · ', ...credit] : []),
      ]);
}
