import { join } from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { ROOT } from '../../helpers/site';

/** axe-core's browser build, injected into each page as a script. */
export const AXE_SCRIPT = join(ROOT, 'node_modules/axe-core/axe.min.js');

/** The rule tags of WCAG 2.2 level AA (with everything of A and of 2.0 and 2.1 it includes). */
export const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

// Enough nodes to find the pattern; the rest only makes the failure longer.
const NODES_SHOWN = 5;

/** Run axe-core's WCAG 2.2 AA rules on a page and return its violations. */
export async function runAxe(page: Page): Promise<Result[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  const results = await page.evaluate(
    (tags) =>
      (
        window as unknown as { axe: { run: (c: Document, o: object) => Promise<AxeResults> } }
      ).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_AA_TAGS,
  );
  return results.violations;
}

/** Describe violations for a person: the rule, why it matters, and the nodes to fix. */
export function formatViolations(violations: Result[]): string[] {
  return violations.map((violation) => {
    const nodes = violation.nodes.slice(0, NODES_SHOWN).map((node) => {
      const summary = (node.failureSummary ?? '').replace(/\s+/g, ' ').trim();
      return `    - ${node.target.join(' ')}: ${summary}\n      ${node.html.slice(0, 160)}`;
    });
    const more =
      violation.nodes.length > NODES_SHOWN
        ? [`    … and ${violation.nodes.length - NODES_SHOWN} more`]
        : [];
    return [
      `[${violation.id}] ${violation.help} (${violation.impact}; ${violation.helpUrl})`,
      ...nodes,
      ...more,
    ].join('\n');
  });
}
