import type { LaneBy, TimelineEvent } from '../../lib/timeline/types';
import { mountTimeline, type TimelineHandle } from './mount';
import { registerTimeline } from './registry';

/** The JSON a page embeds beside its build-time timeline. */
export interface TimelinePayload {
  events: TimelineEvent[];
  names: Record<string, string>;
  laneBy: LaneBy;
  laneTitles?: boolean;
}

/** Mount every build-time timeline in a document; a broken one is reported and left static. */
export function mountAll(doc: Document): TimelineHandle[] {
  const handles: TimelineHandle[] = [];
  for (const figure of doc.querySelectorAll<HTMLElement>(
    '.ct-timeline:not([data-live]):not([data-ct-manual])',
  )) {
    const script = figure.querySelector('script[data-ct-data]');
    try {
      const payload = JSON.parse(script?.textContent ?? '') as TimelinePayload;
      const handle = mountTimeline(figure, payload.events, {
        names: payload.names,
        laneBy: payload.laneBy,
        laneTitles: payload.laneTitles,
        hash: true,
      });
      registerTimeline(figure, handle);
      handles.push(handle);
    } catch (cause) {
      console.error(
        new Error('Casetrail timeline: could not start; the static chart stays', { cause }),
      );
    }
  }
  return handles;
}
