// What an MDX body in content/ may contain besides Markdown. Content comes from many hands, so a
// body is data: these elements and attributes, nothing that runs (see content/AUTHORING.md).

/** Casetrail's author components and the attributes each takes, the required one first (src/lib/mdx/components.ts). */
export const AUTHOR_COMPONENTS: Readonly<Record<string, readonly string[]>> = {
  Quote: ['source'],
  Cite: ['id'],
  EventRef: ['id'],
  Media: ['src', 'credit', 'caption'],
};

/** The author components whose attribute names other content: a source of the event, or an event. */
export const REF_ATTRIBUTES: Readonly<Record<string, string>> = {
  Cite: 'id',
  Quote: 'source',
  EventRef: 'id',
};

/** Author components that render a block (a <figure>), so they may not sit inside a paragraph. */
export const BLOCK_COMPONENTS: ReadonlySet<string> = new Set(['Quote', 'Media']);

/** Harmless inline HTML an editor may write, and the attributes each allows beyond GLOBAL_ATTRIBUTES. */
export const HTML_ELEMENTS: Readonly<Record<string, readonly string[]>> = {
  a: ['href'],
  abbr: [],
  b: [],
  bdi: [],
  br: [],
  cite: [],
  code: [],
  del: ['datetime'],
  dfn: [],
  em: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: ['datetime'],
  kbd: [],
  mark: [],
  q: [],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  sup: [],
  time: ['datetime'],
  u: [],
  var: [],
  wbr: [],
};

/** The attributes that hold a URL, judged as a link or an image like Markdown's own (src/lib/url/safe.ts). */
export const URL_ATTRIBUTES: Readonly<Record<string, 'link' | 'image'>> = {
  href: 'link',
  src: 'image',
};

/** Attributes allowed on every HTML element of HTML_ELEMENTS: none of them can hold a URL or a script. */
export const GLOBAL_ATTRIBUTES: readonly string[] = ['title', 'lang', 'dir'];

/** The Markdown node types a body may contain (mdast with GFM), besides the MDX ones checked one by one. */
export const MARKDOWN_NODES: ReadonlySet<string> = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'code',
  'inlineCode',
  'text',
  'emphasis',
  'strong',
  'delete',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'definition',
  'footnoteDefinition',
  'footnoteReference',
]);

/** Return the attributes an element may carry, or undefined when the element is not allowed. */
export function allowedAttributes(name: string): readonly string[] | undefined {
  if (Object.hasOwn(AUTHOR_COMPONENTS, name)) return AUTHOR_COMPONENTS[name];
  if (Object.hasOwn(HTML_ELEMENTS, name))
    return [...GLOBAL_ATTRIBUTES, ...(HTML_ELEMENTS[name] ?? [])];
  return undefined;
}
