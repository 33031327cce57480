import { TIMELINE_CSS } from '../client/timeline/styles';
import EVENT_LIST_CSS from '../components/event-list.css?raw';
import OWN_CSS from './embed.css?raw';
import { adaptCssForShadow, hostThemeCss } from '../lib/embed/theme';

// The widget's own rules (./embed.css, minified into embed.js like every stylesheet it has). `.ct-embed` resets everything it could inherit from the host element
// (`all: initial`), then sets what the site's <body> sets, so host CSS such as
// `* { color: red !important; font-size: 40px }` stops at the shadow boundary; `color-scheme`
// comes back from the host, so the kinds' `light-dark()` colours follow the theme. The list rules
// are the site's (src/styles/global.css: .event-list, .event-card, .badge); the whole of that
// file would cost 1.5 KB of the widget's 35 KB budget for rules that match nothing here. The
// list's kind symbols and gaps are the site's own file, src/components/event-list.css.

/** The widget's stylesheet: the site's colours on :host, the timeline's CSS, then the widget's own. */
export const EMBED_CSS: string = [
  hostThemeCss(),
  ...[TIMELINE_CSS, OWN_CSS, EVENT_LIST_CSS].map(adaptCssForShadow),
].join('\n');
