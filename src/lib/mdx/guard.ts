import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PluginFactoryContext } from 'satteri';
import { ContentError } from '../model/problems';
import { checkMdxBody } from './body';

/**
 * A satteri mdast plugin factory that refuses to compile an MDX body that is not data. The
 * content check refuses such bodies before a build starts; this guard holds in `astro dev` and
 * for any MDX the check did not see. Astro blanks the frontmatter to spaces, so lines match the file.
 */
export function mdxContentGuard(ctx: PluginFactoryContext): null {
  const file = ctx.fileURL ? relative(process.cwd(), fileURLToPath(ctx.fileURL)) : 'an MDX file';
  const { problems } = checkMdxBody(file, ctx.source);
  if (problems.length > 0) throw new ContentError(problems);
  return null;
}
