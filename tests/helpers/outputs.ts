import ical, { type VEvent } from 'node-ical';

/** Return the VEVENTs of an iCalendar text, parsed by node-ical. */
export function calendarEvents(text: string): VEvent[] {
  return Object.values(ical.sync.parseICS(text)).filter((c): c is VEvent => c?.type === 'VEVENT');
}

/** Return a node-ical date-only value as its calendar day (YYYY-MM-DD). */
export function calendarDay(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Return every string under a key named `url` or ending in `_url` anywhere in a JSON value. */
export function urlFields(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return key === 'url' || key.endsWith('_url') ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((v) => urlFields(v, key));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => urlFields(v, k));
  return [];
}
