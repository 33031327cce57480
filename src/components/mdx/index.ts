import Cite from './Cite.astro';
import EventRef from './EventRef.astro';
import Media from './Media.astro';
import Quote from './Quote.astro';

/** The components every event body may use without an import; pass to `<Content components={…} />`. */
export const mdxComponents = { Cite, EventRef, Media, Quote };
