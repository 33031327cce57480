import { TIMELINE_CSS } from '../client/timeline/styles';
import EVENT_LIST_CSS from '../components/event-list.css?raw';
import { adaptCssForShadow, hostThemeCss } from '../lib/embed/theme';

// The widget's own rules. `.ct-embed` resets everything it could inherit from the host element
// (`all: initial`), then sets what the site's <body> sets, so host CSS such as
// `* { color: red !important; font-size: 40px }` stops at the shadow boundary; `color-scheme`
// comes back from the host, so the kinds' `light-dark()` colours follow the theme. The list rules
// are the site's (src/styles/global.css: .event-list, .event-card, .badge); the whole of that
// file would cost 1.5 KB of the widget's 35 KB budget for rules that match nothing here. The
// list's kind symbols and gaps are the site's own file, src/components/event-list.css.
const OWN_CSS = `
:host{all:initial;display:block}
:host([hidden]){display:none}
.ct-embed{all:initial;color-scheme:inherit;display:block;box-sizing:border-box;font-family:var(--ct-font);font-size:var(--ct-rem);line-height:1.55;color:var(--ct-text);background:var(--ct-bg);overflow-wrap:anywhere;padding:0.75rem 1rem;border:1px solid var(--ct-border);border-radius:var(--ct-radius)}
.ct-embed[data-fixed]{overflow:auto}
.ct-embed-title{margin:0 0 0.25rem;font-size:1.15rem;font-weight:700;line-height:1.3}
.ct-embed-title a{color:var(--ct-text);text-decoration:none}
.ct-embed-title a:hover{text-decoration:underline}
.event-card .ct-event-title{margin:0.1rem 0 0.25rem;font-size:1.1rem;font-weight:700;line-height:1.25}
.ct-attribution,.ct-embed-message{margin:0.5rem 0 0;font-size:0.85rem;color:var(--ct-muted)}
.ct-embed-message{font-size:1rem;color:var(--ct-text)}
*,*::before,*::after{box-sizing:border-box}
a{color:var(--ct-link);text-underline-offset:0.15em}
a:hover{text-decoration-thickness:2px}
:focus-visible{outline:3px solid var(--ct-focus);outline-offset:2px;border-radius:2px}
.badge{display:inline-block;font-size:0.8rem;padding:0.05rem 0.5rem;border:1px solid currentColor;border-radius:999px;white-space:nowrap}
.badge-scheduled{color:var(--ct-scheduled)}
.badge-cancelled{color:var(--ct-cancelled)}
.event-list{list-style:none;padding:0;margin:1rem 0 0;border-left:2px solid var(--ct-border)}
.event-list>li{position:relative;padding:0 0 1.25rem 1.25rem}
.event-list>li::before{content:'';position:absolute;left:-7px;top:0.45rem;width:12px;height:12px;border-radius:50%;background:var(--ct-accent)}
.event-list>li[data-status='scheduled']::before{background:var(--ct-bg);border:2px solid var(--ct-scheduled)}
.event-card p{margin:0.25rem 0}
.event-card .when{color:var(--ct-muted);font-size:0.95rem}
.event-card .status-note{color:var(--ct-scheduled);font-size:0.95rem}
.ct-list-status{margin:1rem 0 0.5rem;font-size:0.9rem;color:var(--ct-muted)}
.ct-list-status:empty{display:none}
.ct-list-more{font:inherit;font-size:0.9rem;min-height:24px;margin:0.25rem 0;padding:0.2rem 0.75rem;color:var(--ct-link);background:var(--ct-bg);border:1px solid var(--ct-border);border-radius:var(--ct-radius);cursor:pointer}
.ct-list-more[hidden]{display:none}
.event-card .card-media{margin:0.35rem 0 0;font-size:0.85rem;color:var(--ct-muted)}
.event-card .card-media img{display:block;height:6rem;width:auto;max-width:100%;max-height:none;object-fit:contain;object-position:left;border-radius:2px}
`;

/** The widget's stylesheet: the site's colours on :host, the timeline's CSS, then the widget's own. */
export const EMBED_CSS: string = [
  hostThemeCss(),
  ...[TIMELINE_CSS, OWN_CSS, EVENT_LIST_CSS].map(adaptCssForShadow),
].join('\n');
