import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Properties, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { ContentError } from '../model/problems';
import { AUTHOR_COMPONENTS } from './allowlist';
import { checkMdxBody, MDX_FEATURES } from './body';
import { COMPONENT_HANDLERS, type ComponentContext } from './components';

/** Return a highlighted `<pre>` for a fenced code block, or undefined to leave it as it is. */
export type Highlighter = (
  code: string,
  lang: string,
  meta: string | undefined,
) => Promise<Element | undefined>;

/** What rendering a body needs: where it comes from, the model, and how code is highlighted. */
export interface BodyContext extends ComponentContext {
  /** The file line the body starts on, so errors point into the file. */
  firstLine?: number;
  /** Highlights fenced code blocks (Astro's Shiki setup); without it they stay plain. */
  highlight?: Highlighter;
}

/** A node of satteri's hast: hast, plus the MDX nodes a body may hold. */
interface MdxNode {
  type: string;
  tagName?: string;
  name?: string | null;
  value?: string;
  properties?: Properties;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  data?: { lang?: string | null; meta?: string | null };
}

// Code in these languages is left as it is (Astro's `defaultExcludeLanguages`).
const NOT_HIGHLIGHTED = new Set(['math']);

/** Return the text of a node and its descendants, as Astro's heading-id plugin reads it. */
function textOf(node: MdxNode): string {
  if (node.type === 'text') return node.value ?? '';
  return (node.children ?? []).map(textOf).join('');
}

/** Give every heading without an id the slug Astro's MDX pipeline gives it (github-slugger). */
function addHeadingIds(node: MdxNode, slugger: GithubSlugger): void {
  if (node.type === 'element' && /^h[1-6]$/.test(node.tagName ?? '')) {
    const properties = (node.properties ??= {});
    if (typeof properties.id !== 'string') properties.id = slugger.slug(textOf(node));
    return;
  }
  for (const child of node.children ?? []) addHeadingIds(child, slugger);
}

/** Return properties written as Astro wrote them: a `data-*` flag that is on reads "true". */
function astroProperties(properties: Properties): Properties {
  const written: Properties = {};
  for (const [key, value] of Object.entries(properties))
    written[key] = value === true && /^data[A-Z]/.test(key) ? 'true' : value;
  return written;
}

/** Return the language, meta and text of a `<pre><code>` block, or undefined if it is not one. */
function codeBlock(node: MdxNode): { code: string; lang: string; meta?: string } | undefined {
  const code = node.children?.find((c) => c.type === 'element' && c.tagName === 'code');
  if (!code) return undefined;
  const className = code.properties?.className;
  const languageClass = Array.isArray(className)
    ? className.find((c) => typeof c === 'string' && c.startsWith('language-'))
    : undefined;
  const lang =
    code.data?.lang ??
    (typeof languageClass === 'string' ? languageClass.slice('language-'.length) : 'plaintext');
  return { code: textOf(code).replace(/\n$/, ''), lang, meta: code.data?.meta ?? undefined };
}

/** Return the hast a body node stands for: components rendered, MDX comments dropped. */
async function expand(node: MdxNode, context: BodyContext): Promise<ElementContent[]> {
  const children = async () =>
    (await Promise.all((node.children ?? []).map((c) => expand(c, context)))).flat();
  switch (node.type) {
    case 'text':
      return [{ type: 'text', value: node.value ?? '' }];
    case 'element': {
      const block = node.tagName === 'pre' && context.highlight ? codeBlock(node) : undefined;
      if (block && !NOT_HIGHLIGHTED.has(block.lang)) {
        const highlighted = await context.highlight?.(block.code, block.lang, block.meta);
        if (highlighted) return [highlighted];
      }
      return [
        {
          type: 'element',
          tagName: node.tagName ?? 'span',
          properties: astroProperties(node.properties ?? {}),
          children: await children(),
        },
      ];
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const props: Record<string, string> = {};
      for (const attribute of node.attributes ?? [])
        if (attribute.name && typeof attribute.value === 'string')
          props[attribute.name] = attribute.value;
      const handler = Object.hasOwn(AUTHOR_COMPONENTS, name) ? COMPONENT_HANDLERS[name] : undefined;
      if (handler) return handler(props, await children(), context);
      // Harmless HTML (the guard allowed the element and each attribute): written as it is.
      return [{ type: 'element', tagName: name, properties: props, children: await children() }];
    }
    // `{/* comments */}`: the only expressions the guard lets through; they show nothing.
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [];
    default:
      throw new Error(
        `${context.file}: body: found ${node.type} after the content check; expected Markdown or an author component`,
      );
  }
}

/**
 * Return an MDX body as HTML, the way Astro's MDX pipeline wrote it: parsed by satteri with the
 * same features, headings given ids, fenced code highlighted, author components written by
 * their handlers against the model of this build. A body that is not data (see the guard in
 * ./body.ts) is refused with a ContentError naming the file, line and column.
 */
export async function renderMdxBody(body: string, context: BodyContext): Promise<string> {
  const { problems } = checkMdxBody(context.file, body, context.firstLine);
  if (problems.length > 0) throw new ContentError(problems);
  const tree = mdxToHast(body, { features: MDX_FEATURES, position: false }) as unknown as MdxNode;
  addHeadingIds(tree, new GithubSlugger());
  const root: Root = {
    type: 'root',
    children: (await Promise.all((tree.children ?? []).map((c) => expand(c, context)))).flat(),
  };
  // `&amp;` and `&quot;` as Astro escapes, which the feeds' URL rewriting reads (src/lib/feeds).
  return toHtml(root, { characterReferences: { useNamedReferences: true } });
}
