import { loadTimeline, readInlineTimeline, type TimelineData } from './data';
import { mountTimeline, type TimelineHandle } from './mount';
import { registerTimeline } from './registry';

export type { TimelinePayload } from './data';

const report = (cause: unknown) =>
  console.error(
    new Error('Casetrail timeline: could not start; the static chart stays', { cause }),
  );

function mountWith(figure: HTMLElement, data: TimelineData): TimelineHandle {
  // A big timeline's overview (a bar per year) gives way to the live chart.
  figure.querySelector('.ct-overview')?.remove();
  const handle = mountTimeline(figure, data.events, {
    names: data.names,
    laneBy: data.laneBy,
    laneTitles: data.laneTitles,
    prepared: data.prepared,
    loadDetails: data.loadDetails,
    loadNames: data.loadNames,
    loadIds: data.loadIds,
    hash: true,
    onView: (domain) => figure.dispatchEvent(new CustomEvent('ct:view', { detail: { domain } })),
  });
  registerTimeline(figure, handle);
  return handle;
}

/**
 * Mount every build-time timeline in a document; a broken one is reported and left static.
 * Inline data mounts at once (returned); a big timeline mounts when its data has arrived.
 */
export function mountAll(doc: Document): TimelineHandle[] {
  const handles: TimelineHandle[] = [];
  for (const figure of doc.querySelectorAll<HTMLElement>(
    '.ct-timeline:not([data-live]):not([data-ct-manual])',
  )) {
    try {
      const inline = readInlineTimeline(figure);
      if (inline) handles.push(mountWith(figure, inline));
      else
        loadTimeline(figure)
          .then((data) => {
            mountWith(figure, data);
          })
          .catch(report);
    } catch (cause) {
      report(cause);
    }
  }
  return handles;
}
