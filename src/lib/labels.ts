import type { ActorKind, ActorRole, CaseStatus, EventKind, EventStatus } from '../schemas/enums';

// Enum words that are acronyms and must stay in capitals.
const ACRONYMS: Record<string, string> = { ngo: 'NGO' };

/** Return an enum value as readers see it: "regulatory-action" → "Regulatory action", "ngo" → "NGO". */
export function humanise(value: string): string {
  const text = value
    .split('-')
    .map((word) => ACRONYMS[word] ?? word)
    .join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const STATUS_TEXT: Record<EventStatus, string> = {
  occurred: 'Occurred',
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
};

/** Return an event status as shown on pages and cards. */
export function eventStatusLabel(status: EventStatus): string {
  return STATUS_TEXT[status];
}

/** Return a kind, role or case status as shown on pages. */
export function enumLabel(value: EventKind | ActorRole | ActorKind | CaseStatus): string {
  return humanise(value);
}

const REGIONS = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** Return a jurisdiction code's English name ("DE" → "Germany", "EU" → "European Union"). */
export function jurisdictionLabel(code: string): string {
  try {
    return REGIONS.of(code) ?? code;
  } catch {
    return code;
  }
}
