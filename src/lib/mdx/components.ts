import type { Element, ElementContent, Properties } from 'hast';
import type { Model } from '../model/types';
import { checkMedia, isImageUrl } from './media';
import { citeSource, currentEvent, resolveEventRef } from './refs';

/** What an author component needs from the page it is rendered on. */
export interface ComponentContext {
  /** The file the body comes from, for errors. */
  file: string;
  model: Model;
  /** The event whose body this is; undefined for a case's overview. */
  eventId?: string;
  /** Return the page address of an event. */
  eventHref: (id: string) => string;
}

/** An author component's attributes (plain strings, as the guard requires) and rendered children. */
type Handler = (
  props: Record<string, string>,
  children: ElementContent[],
  context: ComponentContext,
) => ElementContent[];

const text = (value: string): ElementContent => ({ type: 'text', value });
const h = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

// Each handler writes the markup its component wrote when bodies were compiled as MDX modules
// (src/components/mdx/*.astro until December 2026), so pages and feeds read the same.

/** `<Cite id>`: a numbered note pointing at one of the event's sources. */
const cite: Handler = ({ id }, _children, { model, eventId }) => {
  const event = currentEvent(model, eventId, 'Cite');
  const { number, source, anchor } = citeSource(event, id, 'Cite');
  return [
    h('sup', { className: ['cite'] }, [
      h('a', { href: `#${anchor}`, ariaLabel: `Source ${number}: ${source.title}` }, [
        text(`[${number}]`),
      ]),
    ]),
  ];
};

/** `<Quote source>…</Quote>`: a quotation with the source it is taken from. */
const quote: Handler = ({ source: id }, children, { model, eventId }) => {
  const event = currentEvent(model, eventId, 'Quote');
  const { number, source, anchor } = citeSource(event, id, 'Quote');
  return [
    h('figure', { className: ['quote'] }, [
      h('blockquote', source.url ? { cite: source.url } : {}, children),
      h('figcaption', {}, [
        text('Source: '),
        h('a', { href: `#${anchor}` }, [h('cite', {}, [text(source.title)])]),
        ...(source.publisher ? [text(`, ${source.publisher}`)] : []),
        text(' '),
        h('span', { className: ['muted'] }, [text(`[${number}]`)]),
      ]),
    ]),
  ];
};

/** `<EventRef id>`: a link to another event with its date as readers see it, as of this build. */
const eventRef: Handler = ({ id }, _children, { model, file, eventHref }) => {
  const ref = resolveEventRef(model, file, id);
  return [
    h('a', { href: eventHref(ref.id) }, [text(ref.title)]),
    text(' ('),
    h('time', { dateTime: ref.datetime }, [text(ref.when)]),
    text(')'),
  ];
};

/** `<Media src credit caption>`: a picture with its credit and caption, or a labelled link. */
const media: Handler = (props, _children, { file }) => {
  const { src, credit, caption } = checkMedia(props, file);
  const host = new URL(src).hostname.replace(/^www\./, '');
  const creditSpan = credit ? [h('span', { className: ['credit'] }, [text(credit)])] : [];
  if (isImageUrl(src)) {
    const img = h('img', {
      src,
      alt: caption ?? `Picture from ${host}`,
      loading: 'lazy',
      decoding: 'async',
    });
    const figcaption =
      caption || credit
        ? [
            h('figcaption', {}, [
              ...(caption ? [text(caption)] : []),
              ...(caption && credit ? [text(' · ')] : []),
              ...creditSpan,
            ]),
          ]
        : [];
    return [h('figure', { className: ['media'] }, [h('a', { href: src }, [img]), ...figcaption])];
  }
  return [
    h('p', { className: ['media', 'media-link'] }, [
      h('a', { href: src }, [text(caption ?? host)]),
      text(' '),
      h('span', { className: ['muted'] }, [
        text(`(${host})`),
        ...(credit ? [text(' · ')] : []),
        ...creditSpan,
      ]),
    ]),
  ];
};

/** The author components a body may use, by name (the names AUTHOR_COMPONENTS allows). */
export const COMPONENT_HANDLERS: Readonly<Record<string, Handler>> = {
  Cite: cite,
  EventRef: eventRef,
  Media: media,
  Quote: quote,
};
