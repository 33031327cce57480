/** Run the reader scenarios on one built size: the case page, then each widget on its host page. */
import type { Browser } from 'playwright-core';
import { casePageFigures, widgetFigures } from './figures';
import { measureCasePage, measureWidget } from './scenarios';
import type { WidgetId } from './pages';

const NAMES: Record<WidgetId, string> = {
  ours: 'Casetrail widget',
  vis: 'vis-timeline',
  timelinejs: 'TimelineJS',
};

/** How many loads of each page: medians of `runs` (at least three for Casetrail's own figures). */
export interface ReaderPlan {
  runs: number;
  /** TimelineJS takes minutes at 10,000 events. */
  timelinejsRuns: number;
}

/** Measure the case `bench-all` of a built dist/ as readers get it; figures go to `collect`. */
export async function measureReaders(
  browser: Browser,
  root: string,
  dist: string,
  plan: ReaderPlan,
  collect: (key: string, value: number) => void,
  log: (text: string) => void,
  notes: string[],
): Promise<void> {
  const caseId = 'bench-all';
  const runs = Math.max(plan.runs, 3);
  const each = (figures: Record<string, number>) => {
    for (const [key, value] of Object.entries(figures)) collect(key, value);
  };
  for (let i = 0; i < runs; i++) {
    log(`  case page as readers get it, run ${i + 1}/${runs}`);
    each(casePageFigures(await measureCasePage(browser, dist, caseId)));
  }
  const widgets: [WidgetId, number][] = [
    ['ours', runs],
    ['vis', runs],
    ['timelinejs', plan.timelinejsRuns],
  ];
  for (const [id, count] of widgets) {
    if (count < runs)
      notes.push(
        `${NAMES[id]} host page loaded ${count === 0 ? 'not at all (minutes per load)' : count === 1 ? 'once (minutes per load)' : `${count} times`} at this size`,
      );
    for (let i = 0; i < count; i++) {
      log(`  ${id} widget as embedded, run ${i + 1}/${count}`);
      try {
        each(widgetFigures(id, await measureWidget(browser, root, dist, caseId, id)));
      } catch (error) {
        // A peer that fails is reported and skipped; our own widget failing fails the run.
        if (id === 'ours') throw error;
        notes.push(`${NAMES[id]} failed: ${(error as Error).message.split('\n')[0]}`);
        break;
      }
    }
  }
}
