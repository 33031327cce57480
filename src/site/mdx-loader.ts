// A content loader for MDX files that keeps each body as text, to be rendered at page time
// (src/site/body.ts), instead of compiling every body into a module Vite must bundle.
//
// Why: with Astro's MDX integration every event became a Vite module ("Building static
// entrypoints" took 2–4 minutes at 10,000 events and held every module in memory). A body is
// data (no imports, no expressions, four known components), so a page can render it from its
// text in well under a millisecond with the same parser, satteri. Everything else is glob()'s
// own behaviour: ids, drafts, digests (an unchanged file is not parsed again on a rebuild),
// duplicate ids, the dev watcher.
import type { ContentEntryType } from 'astro';
import { glob } from 'astro/loaders';
import type { Loader, LoaderContext } from 'astro/loaders';

type GlobOptions = Parameters<typeof glob>[0];

/** The loader context as Astro passes it: with the entry type of each file extension. */
type ContextWithEntryTypes = LoaderContext & { entryTypes?: Map<string, ContentEntryType> };

/**
 * Return the `.mdx` entry type: the frontmatter and body read as Astro reads Markdown (the same
 * YAML parser, the body trimmed), with no render function, so the body is stored as text.
 */
function mdxAsText(entryTypes: Map<string, ContentEntryType>): ContentEntryType {
  const markdown = entryTypes.get('.md');
  if (!markdown)
    throw new Error('mdxGlob: Astro registered no .md entry type to read frontmatter with');
  return { extensions: ['.mdx'], getEntryInfo: markdown.getEntryInfo.bind(markdown) };
}

/** Return glob() over MDX files whose bodies stay text (see the top of this file). */
export function mdxGlob(options: GlobOptions): Loader {
  const inner = glob(options);
  return {
    name: 'casetrail-mdx-glob',
    load: (context: ContextWithEntryTypes) => {
      const entryTypes = new Map(context.entryTypes);
      entryTypes.set('.mdx', mdxAsText(entryTypes));
      return inner.load({ ...context, entryTypes } as LoaderContext);
    },
  };
}
