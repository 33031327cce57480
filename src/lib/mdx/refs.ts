import { dateToDatetimeAttr, formatEventDate } from '../dates';
import { expectedId } from '../model/problems';
import type { Model, ModelEvent } from '../model/types';
import type { Source } from '../../schemas/source';

/** A source cited in an event's body: its number in the event's source list and its anchor. */
export interface CitedSource {
  number: number;
  source: Source;
  /** The fragment id of the source's entry in the list (SourceList writes `source-<id>`). */
  anchor: string;
}

/** Return the event an MDX component sits in; throws when the page is not an event page. */
export function currentEvent(
  model: Model,
  eventId: string | undefined,
  component: string,
): ModelEvent {
  const event = eventId ? model.eventsById.get(eventId) : undefined;
  if (!event) {
    throw new Error(
      `<${component}> can only be used in an event's body (content/events/); it was rendered for "${eventId ?? 'a page with no event'}"`,
    );
  }
  return event;
}

/** Return the source an event's body cites by id; throws naming the file, the id and the ids it has. */
export function citeSource(
  event: ModelEvent,
  id: string | undefined,
  component: string,
): CitedSource {
  const index = event.data.sources.findIndex((s) => s.id !== undefined && s.id === id);
  const source = event.data.sources[index];
  if (!source || id === undefined) {
    const ids = event.data.sources
      .map((s) => s.id)
      .filter(Boolean)
      .map((s) => `"${s}"`);
    const known =
      ids.length > 0 ? `one of ${ids.join(', ')}` : 'an id: given to a source in sources:';
    throw new Error(
      `${event.filePath}: <${component}>: found the source id "${id ?? ''}"; expected ${known}`,
    );
  }
  return { number: index + 1, source, anchor: `source-${id}` };
}

/** Another event as a body reference shows it: its title and its date as readers see it. */
export interface EventReference {
  id: string;
  title: string;
  when: string;
  datetime: string;
}

/** Return the event an `<EventRef id>` points at; throws naming the file, the id and the nearest ids. */
export function resolveEventRef(
  model: Model,
  fromFile: string,
  id: string | undefined,
): EventReference {
  const event = id ? model.eventsById.get(id) : undefined;
  if (!event || id === undefined) {
    throw new Error(
      `${fromFile}: <EventRef id>: found "${id ?? ''}"; ${expectedId('event', 'events', id ?? '', model.eventsById.keys())}`,
    );
  }
  return {
    id,
    title: event.data.title,
    when: formatEventDate(event.data.date),
    datetime: dateToDatetimeAttr(event.data.date),
  };
}
