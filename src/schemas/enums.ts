/** Kinds of legal event; one list for schemas, facets, legends and the scaffold. */
export const EVENT_KINDS = [
  'announcement',
  'statement',
  'letter',
  'complaint',
  'application',
  'filing',
  'hearing',
  'ruling',
  'decision',
  'appeal',
  'settlement',
  'regulatory-action',
  'legislation',
  'deadline',
  'report',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** Whether an event happened, is announced for a date, or was called off. */
export const EVENT_STATUSES = ['occurred', 'scheduled', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

/** Where a case stands. */
export const CASE_STATUSES = ['ongoing', 'decided', 'appealed', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** What an actor is. */
export const ACTOR_KINDS = [
  'company',
  'court',
  'regulator',
  'ngo',
  'consumer-organisation',
  'government',
  'media',
  'person',
  'other',
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

/** The part an actor plays in an event or a proceeding. */
export const ACTOR_ROLES = [
  'applicant',
  'respondent',
  'claimant',
  'defendant',
  'complainant',
  'appellant',
  'court',
  'regulator',
  'author',
  'recipient',
  'publisher',
  'spokesperson',
  'subject',
  'party',
] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** Typed links from one event to another; each has a reading in both directions. */
export const LINK_TYPES = [
  'responds-to',
  'challenges',
  'decides',
  'appeals',
  'supersedes',
  'reports-on',
] as const;
export type LinkType = (typeof LINK_TYPES)[number];

/** Primary sources are the document itself; secondary ones report on it. */
export const SOURCE_KINDS = ['primary', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
