import { parseHTML } from 'linkedom';
import { escapeInline, escapeLineStart, safeLinkUrl } from './escape';

/**
 * A small HTML to MDX converter for the HTML TimelineJS allows in `text.text` (paragraphs,
 * line breaks, bold, italic, links, lists, quotes, headings, code). No HTML-to-Markdown library
 * is kept in this project, so this one parses with linkedom (kept for tests) and writes only
 * Markdown it knows to be safe: every text run is escaped, links must be http(s) or mailto,
 * and anything else (images, iframes, scripts, tables) is dropped with a note.
 */

/** The result of a conversion: MDX text and a note for each thing that could not be kept. */
export interface MdxConversion {
  mdx: string;
  notes: string[];
}

type DomNode = {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
  getAttribute?: (name: string) => string | null;
};

const DROPPED_WITH_CONTENT = new Set([
  'SCRIPT',
  'STYLE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'SVG',
  'NOSCRIPT',
  'TEMPLATE',
  'HEAD',
]);
const BLOCKS = new Set([
  'P',
  'DIV',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'MAIN',
  'ASIDE',
  'FIGURE',
  'FIGCAPTION',
  'ADDRESS',
  'CENTER',
  'DL',
  'DT',
  'DD',
]);
const BLOCK_SELECTOR = [
  ...BLOCKS,
  'BR',
  'LI',
  'UL',
  'OL',
  'BLOCKQUOTE',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'PRE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
]
  .map((n) => n.toLowerCase())
  .join(', ');
const HEADINGS: Record<string, string> = {
  H1: '###',
  H2: '###',
  H3: '###',
  H4: '####',
  H5: '####',
  H6: '####',
};

function children(node: DomNode): DomNode[] {
  return Array.from(node.childNodes);
}

// Inline content becomes one string; '\n' marks a <br>. Whitespace collapses like a browser's.
function inline(node: DomNode, notes: string[]): string {
  if (node.nodeType === 3) return escapeInline((node.textContent ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== 1) return '';
  const name = node.nodeName.toUpperCase();
  if (DROPPED_WITH_CONTENT.has(name)) {
    notes.push(`dropped a <${name.toLowerCase()}> element and its content`);
    return '';
  }
  if (name === 'BR') return '\n';
  if (name === 'IMG') {
    notes.push(
      `dropped an image (${node.getAttribute?.('src') ?? 'no src'}); add it as a source if it is one`,
    );
    return '';
  }
  const inner = () =>
    children(node)
      .map((c) => inline(c, notes))
      .join('');
  const wrap = (mark: string) => {
    const text = inner();
    const core = text.trim();
    if (!core) return text;
    const lead = text.slice(0, text.indexOf(core));
    const trail = text.slice(lead.length + core.length);
    return `${lead}${mark}${core}${mark}${trail}`;
  };
  switch (name) {
    case 'STRONG':
    case 'B':
      return wrap('**');
    case 'EM':
    case 'I':
    case 'CITE':
      return wrap('*');
    case 'CODE':
    case 'KBD':
    case 'SAMP': {
      const code = (node.textContent ?? '').replace(/\s+/g, ' ');
      const fence = code.includes('`') ? '``' : '`';
      return code
        ? `${fence}${code.startsWith('`') ? ' ' : ''}${code}${code.endsWith('`') ? ' ' : ''}${fence}`
        : '';
    }
    case 'A': {
      const text = inner().trim();
      const href = node.getAttribute?.('href');
      const url = safeLinkUrl(href);
      if (!url) {
        if (href)
          notes.push(
            `kept the text of a link to "${href}" but not the link (only http, https and mailto links are kept)`,
          );
        return text;
      }
      return `[${text || escapeInline(url)}](${url})`;
    }
    default:
      return inner();
  }
}

function paragraph(text: string): string | undefined {
  const lines = text
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter((l, i, all) => l !== '' || (i > 0 && i < all.length - 1));
  const kept = lines.filter(Boolean).map(escapeLineStart);
  // A Markdown hard line break is a backslash at the end of the line.
  return kept.length > 0 ? kept.join('\\\n') : undefined;
}

function indent(text: string, first: string, rest: string): string {
  return text
    .split('\n')
    .map((line, i) => (line ? (i === 0 ? first : rest) + line : line))
    .join('\n');
}

function list(node: DomNode, ordered: boolean, notes: string[]): string {
  const items = children(node).filter((c) => c.nodeType === 1 && c.nodeName.toUpperCase() === 'LI');
  return items
    .map((item, i) => {
      const marker = ordered ? `${i + 1}. ` : '- ';
      // A nested list follows its item's text on the next line, keeping the list tight.
      const body = blocks(children(item), notes).join('\n');
      return indent(body, marker, ' '.repeat(marker.length));
    })
    .join('\n');
}

function blocks(nodes: DomNode[], notes: string[]): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    const p = paragraph(run);
    if (p) out.push(p);
    run = '';
  };
  for (const node of nodes) {
    const name = node.nodeType === 1 ? node.nodeName.toUpperCase() : '';
    if (name === 'UL' || name === 'OL') {
      flush();
      const text = list(node, name === 'OL', notes);
      if (text.trim()) out.push(text);
    } else if (name === 'BLOCKQUOTE') {
      flush();
      const inner = blocks(children(node), notes).join('\n\n');
      if (inner)
        out.push(
          inner
            .split('\n')
            .map((l) => (l ? `> ${l}` : '>'))
            .join('\n'),
        );
    } else if (name in HEADINGS) {
      flush();
      const text = paragraph(inline(node, notes).replace(/\n/g, ' '));
      if (text) out.push(`${HEADINGS[name]} ${text}`);
    } else if (name === 'PRE') {
      flush();
      const code = (node.textContent ?? '').replace(/\n+$/, '');
      const fence = code.includes('```') ? '~~~~' : '```';
      out.push(`${fence}\n${code}\n${fence}`);
    } else if (name === 'HR') {
      flush();
      out.push('* * *');
    } else if (name === 'TABLE') {
      flush();
      notes.push('flattened a table into paragraphs, one per row');
      out.push(...tableRows(node, notes));
    } else if (BLOCKS.has(name) || name === 'LI') {
      flush();
      out.push(...blocks(children(node), notes));
    } else {
      run += inline(node, notes);
    }
  }
  flush();
  return out;
}

function tableRows(table: DomNode, notes: string[]): string[] {
  const rows: DomNode[] = [];
  const collect = (n: DomNode) =>
    children(n).forEach((c) =>
      c.nodeName.toUpperCase() === 'TR' ? rows.push(c) : c.nodeType === 1 && collect(c),
    );
  collect(table);
  return rows
    .map((row) =>
      paragraph(
        children(row)
          .filter((c) => c.nodeType === 1)
          .map((cell) => inline(cell, notes).trim())
          .join(' · '),
      ),
    )
    .filter((p): p is string => Boolean(p));
}

/** Convert an HTML fragment (TimelineJS `text.text`) into MDX that shows the same text and no more. */
export function htmlToMdx(html: string): MdxConversion {
  const notes: string[] = [];
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  // The parser may split text at entities ("&amp;copy;" as "&" + "copy;"); escaping needs whole runs.
  document.body.normalize();
  const mdx = blocks(children(document.body), notes).join('\n\n');
  return { mdx, notes: [...new Set(notes)] };
}

/** Return an HTML fragment's text only, whitespace collapsed (for titles and summaries). */
export function htmlToText(html: string): string {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  for (const el of Array.from(
    document.body.querySelectorAll('script, style, iframe, template, noscript'),
  ) as { remove(): void }[])
    el.remove();
  // A block's text never runs into its neighbour's: "algorithm.</p><span>This" reads as two sentences.
  for (const block of Array.from(document.body.querySelectorAll(BLOCK_SELECTOR)) as {
    before(text: string): void;
    after(text: string): void;
  }[]) {
    block.before(' ');
    block.after(' ');
  }
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Return the images of an HTML fragment: each `<img>`'s src and alt text, in order. */
export function imagesIn(html: string): { src: string; alt: string }[] {
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return Array.from(document.body.querySelectorAll('img')).map((img) => ({
    src: img.getAttribute('src') ?? '',
    alt: (img.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim(),
  }));
}
