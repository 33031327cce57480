import { ID_PATTERN } from '../../lib/paths';

const EVENT_HASH = new RegExp(`^#event=(${ID_PATTERN.source.slice(1, -1)})$`);

/** Return the event id in a `#event=<id>` fragment, or null. Ids are validated, never echoed raw. */
export function eventIdFromHash(hash: string): string | null {
  return EVENT_HASH.exec(hash)?.[1] ?? null;
}

/** Return the fragment that selects an event. */
export function hashForEvent(id: string): string {
  return `#event=${id}`;
}
