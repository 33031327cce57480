import sanitizeHtml from 'sanitize-html';
import { GLOBAL_ATTRIBUTES, HTML_ELEMENTS } from '../mdx/allowlist';
import { LINK_SCHEMES } from '../url/safe';

// Defence in depth: the content check refuses bodies that are not data, and what feeds and the
// JSON Feed carry is cleaned once more to the same allowlist, so a feed reader that shows our
// HTML in its own origin never receives a script, a handler or a javascript: link.

/** The elements feed HTML may hold: what Markdown renders, the author components' output, the allowlist. */
const FEED_ELEMENTS = [
  ...Object.keys(HTML_ELEMENTS),
  ...['p', 'a', 'img', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'figure'],
  ...['figcaption', 'pre', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'section', 'div'],
];

const OPTIONS: sanitizeHtml.IOptions = {
  allowedTags: FEED_ELEMENTS,
  allowedAttributes: {
    '*': [...GLOBAL_ATTRIBUTES, 'id', 'class'],
    ...Object.fromEntries(Object.entries(HTML_ELEMENTS).filter(([, attrs]) => attrs.length > 0)),
    a: ['href', ...GLOBAL_ATTRIBUTES],
    img: ['src', 'alt', 'width', 'height', ...GLOBAL_ATTRIBUTES],
    blockquote: ['cite', ...GLOBAL_ATTRIBUTES],
    th: ['align', 'scope'],
    td: ['align'],
    ol: ['start', 'class'],
  },
  allowedSchemes: LINK_SCHEMES.map((scheme) => scheme.slice(0, -1)),
  allowedSchemesByTag: { img: ['https', 'http'], blockquote: ['https', 'http'] },
  allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
};

/** Return feed HTML with only allowlisted elements, attributes and URL schemes left. */
export function sanitizeFeedHtml(html: string): string {
  return sanitizeHtml(html, OPTIONS);
}
