// The same form as the schema's ID_PATTERN, repeated so the browser bundle does not load zod.
const EVENT_HASH = /^#event=([a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Return the event id in a `#event=<id>` fragment, or null. Ids are validated, never echoed raw. */
export function eventIdFromHash(hash: string): string | null {
  return EVENT_HASH.exec(hash)?.[1] ?? null;
}

/** Return the fragment that selects an event. */
export function hashForEvent(id: string): string {
  return `#event=${id}`;
}
