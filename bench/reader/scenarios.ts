/** The two reader scenarios on a built site: the case page, and the widget on a host page beside its peers. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { serve } from '../../src/harness/serve';
import { slidesToVisItems, type TimelineJsSlideIn } from '../peers/convert';
import { BLANK_PAGE, measureReader, type ReaderFigures } from './measure';
import { CASE_PAGE_INIT, widgetPage, type WidgetId } from './pages';

/** Open a built case page cold, served with gzip, and measure it until its timeline is live. */
export async function measureCasePage(
  browser: Browser,
  dist: string,
  caseId: string,
): Promise<ReaderFigures> {
  const server = await serve({ '/': dist }, BLANK_PAGE);
  try {
    return await measureReader(browser, `${server.origin}/cases/${caseId}/`, {
      init: CASE_PAGE_INIT,
    });
  } finally {
    await server.close();
  }
}

/**
 * Open a host page with one widget reading the built case's data and measure it until the chart
 * is drawn; `startToLiveMs` is the main thread from asking for the data to the drawn chart.
 */
export async function measureWidget(
  browser: Browser,
  root: string,
  dist: string,
  caseId: string,
  widget: WidgetId,
): Promise<ReaderFigures> {
  const data = {
    caseTimeline: `/data/cases/${caseId}.timeline.json`,
    timelineJs: `/data/cases/${caseId}.timelinejs.json`,
    visItems: '/bench/vis-items.json',
  };
  const pages: Record<string, string> = {
    ...BLANK_PAGE,
    '/bench/widget.html': widgetPage(widget, data),
  };
  if (widget === 'vis') {
    const doc = JSON.parse(readFileSync(join(dist, data.timelineJs), 'utf8')) as {
      events: TimelineJsSlideIn[];
    };
    pages[data.visItems] = JSON.stringify(slidesToVisItems(doc.events));
  }
  // Ours: the chart data and every details chunk it fetched (/data/cases/<id>/events/<n>.json).
  const dataPath = {
    ours: `/data/cases/${caseId}`,
    vis: data.visItems,
    timelinejs: data.timelineJs,
  }[widget];
  const server = await serve({ '/': dist, '/node_modules/': join(root, 'node_modules') }, pages);
  try {
    return await measureReader(browser, `${server.origin}/bench/widget.html`, { dataPath });
  } finally {
    await server.close();
  }
}
