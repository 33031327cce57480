import type { AstroIntegration } from 'astro';
import { checkContentTree } from '../lib/check/check';
import { contentDir } from '../lib/content-dir';
import { formatProblem } from '../lib/model/problems';
import { buildDay } from '../lib/build-day';

/**
 * Check the whole content folder with the validator `npm run check` uses, before Astro reads a
 * file: a build with content errors stops with every problem, one line each, and exit code 1,
 * and no stack trace. `astro dev` lists the problems and keeps serving.
 */
export default function contentCheck(): AstroIntegration {
  return {
    name: 'casetrail:content-check',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        if (command !== 'build' && command !== 'dev') return;
        const { problems } = checkContentTree(contentDir(), { today: buildDay() });
        const errors = problems.filter((p) => p.severity === 'error');
        if (errors.length === 0) return;
        const lines = errors.map(formatProblem).join('\n');
        const heading = `Casetrail content has ${errors.length} error${errors.length === 1 ? '' : 's'}:`;
        if (command === 'dev') {
          logger.error(`${heading}\n${lines}`);
          return;
        }
        // The lines go out as they are, so an editor (or a CI log) can jump to file:line:column.
        process.stderr.write(`${heading}\n${lines}\n`);
        process.exit(1);
      },
    },
  };
}
