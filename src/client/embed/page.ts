import { createResizeMessage } from '../../lib/embed/messages';
import { parseEmbedOptions } from '../../lib/embed/options';
import { eventsInWindow } from '../../lib/embed/window';
import type { LaneBy } from '../../lib/timeline/types';
import { mountTimeline } from '../timeline/mount';
import type { TimelinePayload } from '../timeline/page';

/**
 * Start the iframe page: read its query parameters (checked, invalid ones ignored), narrow the
 * list and the timeline to the window, mount the timeline with the chosen lanes and event, and
 * tell the parent page the content's height whenever it changes.
 */
export function startEmbedPage(doc: Document): void {
  const win = doc.defaultView as Window & typeof globalThis;
  const params = new URLSearchParams(win.location.search);
  const options = parseEmbedOptions((name) => params.get(name));
  const html = doc.documentElement;
  try {
    const figure = doc.querySelector<HTMLElement>('.ct-timeline[data-ct-manual]');
    const payload = JSON.parse(
      figure?.querySelector('script[data-ct-data]')?.textContent ?? '',
    ) as TimelinePayload;
    const names = JSON.parse(doc.getElementById('ct-embed-names')?.textContent ?? '{}') as Record<
      LaneBy,
      Record<string, string>
    >;
    const events = eventsInWindow(payload.events, options);
    const shown = new Set(events.map((e) => e.id));
    for (const item of doc.querySelectorAll<HTMLElement>('li[data-event-id]'))
      item.hidden = !shown.has(item.dataset.eventId ?? '');
    const handle = mountTimeline(figure as HTMLElement, events, {
      laneBy: options.lanes,
      names: names[options.lanes],
      laneTitles: payload.laneTitles,
      hash: false,
      // The embed lives in someone else's page: an event opens there, not inside the frame.
      open: (url) => void win.open(url, '_top'),
    });
    if (options.event) handle.select(options.event, false);
  } catch (cause) {
    // A case with no events has no chart to start: nothing failed.
    if (doc.querySelector('.ct-timeline[data-ct-manual]'))
      console.error(
        new Error('Casetrail embed: could not start the timeline; the static chart stays', {
          cause,
        }),
      );
  }
  if (win.parent === win) return;
  // The height is no secret, and the host's origin is unknown here: any parent may read it.
  const post = () =>
    win.parent.postMessage(
      createResizeMessage(options.height ?? html.getBoundingClientRect().height),
      '*',
    );
  new win.ResizeObserver(post).observe(html);
}
