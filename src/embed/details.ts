import { firstMedia, type EmbedCase } from '../lib/embed/embed-case';
import { applyActors } from '../lib/timeline/compact';
import { checkCompactActors } from '../lib/timeline/compact-check';
import { createDetailsLoader, getSiteJson, type DetailsLoader } from '../lib/timeline/details-load';

export type { DetailsLoader } from '../lib/timeline/details-load';

const loaders = new WeakMap<EmbedCase, DetailsLoader | null>();

/**
 * Return the loader of the case's event names and details (titles and ids; summaries, status
 * lines, first media, links), one per case, or null when the chart data says of none (it carries
 * everything). Each file is checked like the chart's data; its texts go onto the events and into
 * `statusNotes` and `media`, as text.
 */
export function detailsOf(data: EmbedCase): DetailsLoader | null {
  if (!loaders.has(data)) loaders.set(data, detailsLoaderOf(data));
  return loaders.get(data)!;
}

function detailsLoaderOf(data: EmbedCase): DetailsLoader | null {
  const ref = data.details;
  if (!ref) return null;
  return createDetailsLoader(
    ref,
    data.prepared.timeline,
    data.compact,
    (d, count) => {
      for (let i = 0; i < count; i++) {
        const event = data.events[d.first + i]!;
        event.summary = d.summary[i]!;
        const note = d.note[i];
        if (event.status === 'scheduled' && note) data.statusNotes[event.id] = note;
        const media = firstMedia([d.media[i]]);
        if (media) data.media[event.id] = media;
      }
    },
    'casetrail-timeline',
  );
}

/**
 * Fetch the case's actors file once (the chart data keeps them apart) and give each event its
 * actors and the lanes their names; null when the case has them. Rejects with the URL named.
 */
export function loadActors(data: EmbedCase): Promise<void> | null {
  const ref = data.details;
  if (!ref?.actors) return null;
  return (data.actorsLoad ??= getSiteJson(ref.actors).then((d) => {
    const file = checkCompactActors(d, ref.actors, { key: ref.key, count: data.events.length });
    data.names.actor = applyActors(data.events, file);
    ref.actors = '';
  }));
}
