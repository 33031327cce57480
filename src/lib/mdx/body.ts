import { mdxToMdast } from 'satteri';
import type { ContentProblem } from '../model/types';
import { judgeBodyUrl } from '../url/safe';
import {
  AUTHOR_COMPONENTS,
  BLOCK_COMPONENTS,
  HTML_ELEMENTS,
  MARKDOWN_NODES,
  REF_ATTRIBUTES,
  URL_ATTRIBUTES,
  allowedAttributes,
} from './allowlist';

/** The MDX features Astro compiles bodies with (@astrojs/markdown-satteri's defaults), which src/lib/mdx/render.ts renders with too. */
export const MDX_FEATURES = { gfm: true, smartPunctuation: true } as const;

/** A use of an author component that refers to other content: `<Cite id>`, `<Quote source>`, `<EventRef id>`. */
export interface BodyRef {
  component: 'Cite' | 'Quote' | 'EventRef';
  id: string;
  /** The line in the file, counting from 1. */
  line: number;
  /** The column of the element's `<`, counting from 1. */
  column: number;
}

/** What reading a body found: the problems, and the references to check against the model. */
export interface BodyReport {
  problems: ContentProblem[];
  refs: BodyRef[];
}

interface Point {
  line: number;
  column: number;
}

interface Attribute {
  type: string;
  name?: string;
  value?: unknown;
}

interface Node {
  type: string;
  name?: string | null;
  value?: string;
  url?: string;
  attributes?: Attribute[];
  children?: Node[];
  position?: { start: Point };
}

const COMPONENTS = Object.keys(AUTHOR_COMPONENTS)
  .map((name) => `<${name}>`)
  .join(', ');
const ELEMENT_NAMES = [...Object.keys(AUTHOR_COMPONENTS), ...Object.keys(HTML_ELEMENTS)];
const COMMENT = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 3)}...` : flat;
}

/** Return what an element that is not allowed should be instead. */
function insteadOfElement(name: string): string {
  // A wrong case is the usual slip (<quote> for <Quote>); other names get a hint of what to write.
  const match = ELEMENT_NAMES.find((n) => n.toLowerCase() === name.toLowerCase());
  if (match) return `expected <${match}>; did you mean <${match}>?`;
  const hint = Object.hasOwn(HINTS, name) ? `; ${HINTS[name]}` : '';
  return `expected Markdown, ${COMPONENTS} or harmless HTML (see content/AUTHORING.md)${hint}`;
}

const HINTS: Record<string, string> = {
  script: 'a body cannot run code',
  iframe: 'link to the page instead: [text](https://…)',
};

/** Return the problems of one MDX node (not its children), and any reference it makes. */
function checkNode(
  node: Node,
  add: (node: Node, found: string, expected: string) => void,
  refs: BodyRef[],
  [line, column]: [number, number],
): void {
  switch (node.type) {
    case 'mdxjsEsm': {
      const what = /^\s*export\b/.test(node.value ?? '')
        ? 'an export statement'
        : 'an import statement';
      add(
        node,
        `${what} (${quote(node.value ?? '')})`,
        `expected Markdown only: delete it; ${COMPONENTS} need no import`,
      );
      return;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      if (COMMENT.test(node.value ?? '')) return;
      add(
        node,
        `the expression {${quote(node.value ?? '')}}`,
        'expected text: write the words themselves, or escape the brace as \\{ to show it',
      );
      return;
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const name = node.name ?? '';
      const allowed = name ? allowedAttributes(name) : undefined;
      if (!allowed) {
        add(node, name ? `the element <${name}>` : 'a fragment <>', insteadOfElement(name));
        return;
      }
      for (const attribute of node.attributes ?? []) {
        if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
          add(
            node,
            `a {…} attribute on <${name}>`,
            `expected plain attributes, like ${allowed[0] ?? 'title'}="…"`,
          );
          continue;
        }
        if (!allowed.includes(attribute.name)) {
          const list = allowed.length > 0 ? `only ${allowed.join(', ')}` : 'no attributes';
          add(node, `the attribute ${attribute.name} on <${name}>`, `expected ${list}`);
          continue;
        }
        if (typeof attribute.value !== 'string') {
          add(
            node,
            `the attribute ${attribute.name} on <${name}> with a {…} value`,
            `expected a quoted value: ${attribute.name}="…"`,
          );
          continue;
        }
        const kind = Object.hasOwn(URL_ATTRIBUTES, attribute.name)
          ? URL_ATTRIBUTES[attribute.name]
          : undefined;
        const verdict = kind ? judgeBodyUrl(attribute.value, kind) : { ok: true as const };
        if (!verdict.ok)
          add(
            node,
            `${verdict.reason} in ${attribute.name} on <${name}> (${quote(attribute.value)})`,
            `expected an https:, http:${kind === 'link' ? ', mailto:' : ''} or site-relative address`,
          );
        if (Object.hasOwn(REF_ATTRIBUTES, name) && REF_ATTRIBUTES[name] === attribute.name)
          refs.push({ component: name as BodyRef['component'], id: attribute.value, line, column });
      }
      // A <figure> inside a <p> is invalid HTML: the browser closes the paragraph early.
      if (node.type === 'mdxJsxTextElement' && BLOCK_COMPONENTS.has(name))
        add(
          node,
          `<${name}> inside a paragraph`,
          `expected <${name}> on lines of its own, with a blank line before and after`,
        );
      const required = Object.hasOwn(AUTHOR_COMPONENTS, name)
        ? AUTHOR_COMPONENTS[name]?.slice(0, 1)
        : [];
      for (const attr of required ?? [])
        if (!(node.attributes ?? []).some((a) => a.name === attr))
          add(node, `<${name}> without ${attr}`, `expected <${name} ${attr}="…">`);
      return;
    }
    case 'link':
    case 'image':
    case 'definition': {
      const kind = node.type === 'image' ? 'image' : 'link';
      const verdict = judgeBodyUrl(node.url ?? '', kind);
      if (!verdict.ok)
        add(
          node,
          `${verdict.reason} in ${node.type === 'definition' ? 'a link definition' : `a${kind === 'image' ? 'n image' : ' link'}`} (${quote(node.url ?? '')})`,
          `expected an https:, http:${kind === 'link' ? ', mailto:' : ''} or site-relative address`,
        );
      return;
    }
    default:
      if (!MARKDOWN_NODES.has(node.type))
        add(
          node,
          `${node.type} syntax`,
          'expected Markdown, or an author component (see content/AUTHORING.md)',
        );
  }
}

/**
 * Read an MDX body as Astro compiles it (satteri's parser) and report everything that is not
 * data: imports, exports, expressions, elements and attributes beyond the allowlist, and links or
 * images that are not http(s), mailto or site-relative. `firstLine` is the file line the body
 * starts on, so places point into the file.
 */
export function checkMdxBody(file: string, body: string, firstLine = 1): BodyReport {
  const offset = firstLine - 1;
  const problems: ContentProblem[] = [];
  const refs: BodyRef[] = [];
  let root: Node;
  try {
    root = mdxToMdast(body, { features: MDX_FEATURES }) as unknown as Node;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const place = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(message);
    const reason = (place?.[3] ?? message).replace(/\s*\([\w:-]+\)$/, '');
    problems.push({
      file,
      ...(place ? { line: Number(place[1]) + offset, column: Number(place[2]) } : {}),
      field: 'body',
      found: `MDX that does not parse: ${quote(reason, 160)}`,
      expected: 'expected Markdown; to show a literal < or {, write \\< or \\{',
      severity: 'error',
    });
    return { problems, refs };
  }
  const add = (node: Node, found: string, expected: string) => {
    const start = node.position?.start;
    problems.push({
      file,
      ...(start ? { line: start.line + offset, column: start.column } : {}),
      field: 'body',
      found,
      expected,
      severity: 'error',
    });
  };
  const visit = (node: Node) => {
    checkNode(node, add, refs, [
      (node.position?.start.line ?? 1) + offset,
      node.position?.start.column ?? 1,
    ]);
    for (const child of node.children ?? []) visit(child);
  };
  visit(root);
  return { problems, refs };
}
