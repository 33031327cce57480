// The site's binding of src/lib/mdx/render.ts: an event's or a case's body as HTML, rendered at
// page time against the model of this build, so an <EventRef> always shows the title and date
// the other event has now.
import { satteriCreateHighlightFn } from '@astrojs/markdown-satteri';
import { readFileSync } from 'node:fs';
import { splitFrontmatter } from '../lib/editor/frontmatter';
import { checkMdxBody } from '../lib/mdx/body';
import { renderMdxBody, type Highlighter } from '../lib/mdx/render';
import { ContentError } from '../lib/model/problems';
import type { Entry, Model } from '../lib/model/types';
import { paths } from './paths';

// Astro's defaults (markdown.syntaxHighlight and markdown.shikiConfig), which the MDX pipeline
// highlighted fenced code with; Shiki loads only when a body has a code block.
const SHIKI = {
  theme: 'github-dark' as const,
  langs: [],
  themes: {},
  wrap: false,
  transformers: [],
};
let shiki: Promise<Highlighter | undefined> | undefined;
const highlight: Highlighter = async (code, lang, meta) => {
  shiki ??= satteriCreateHighlightFn('shiki', SHIKI) as Promise<Highlighter | undefined>;
  return (await shiki)?.(code, lang, meta);
};

/**
 * Return the problems of a body with lines counted in its file: the entry's body is trimmed, so
 * the file is read again, only when something is wrong.
 */
function problemsInFile(entry: Entry<unknown>): ContentError | undefined {
  try {
    const { body, bodyLine } = splitFrontmatter(readFileSync(entry.filePath, 'utf8'));
    const { problems } = checkMdxBody(entry.filePath, body, bodyLine);
    return problems.length > 0 ? new ContentError(problems) : undefined;
  } catch {
    return undefined;
  }
}

async function render(model: Model, entry: Entry<unknown>, eventId?: string): Promise<string> {
  const context = {
    file: entry.filePath,
    model,
    eventId,
    eventHref: (id: string) => paths.event(id),
    highlight,
  };
  try {
    return await renderMdxBody(entry.body ?? '', context);
  } catch (error) {
    if (error instanceof ContentError) throw problemsInFile(entry) ?? error;
    throw error;
  }
}

/** Return an event's body as HTML. */
export function renderEventBody(model: Model, eventId: string): Promise<string> {
  const event = model.eventsById.get(eventId);
  if (!event) throw new Error(`renderEventBody: no event "${eventId}" in the model`);
  return render(model, event, eventId);
}

/** Return a case's overview as HTML. */
export function renderCaseBody(model: Model, caseId: string): Promise<string> {
  const kase = model.cases.get(caseId);
  if (!kase) throw new Error(`renderCaseBody: no case "${caseId}" in the model`);
  return render(model, kase);
}
