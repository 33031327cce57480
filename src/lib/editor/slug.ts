import slugify from '@sindresorhus/slugify';
import { dateToDatetimeAttr, type EventDate } from '../dates';

/** The longest a slug's words may run, so file names stay readable in a terminal. */
export const MAX_SLUG_WORDS_LENGTH = 60;

/** Return an id from free text: lower-case ASCII words joined by hyphens ("Köln" → "koeln"). */
export function slugFromText(text: string, maxLength = MAX_SLUG_WORDS_LENGTH): string {
  const slug = slugify(text, { locale: 'de' });
  if (slug.length <= maxLength) return slug;
  const cut = slug.slice(0, maxLength + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : cut.slice(0, maxLength)).replace(/-+$/, '');
}

/**
 * Return an event's id from its date and title: the date at its own precision, then the title
 * ("2025-04" + "Meta announces…" → "2025-04-meta-announces…"), so files sort by date.
 */
export function eventSlug(date: EventDate, title: string): string {
  const words = slugFromText(title);
  const prefix = dateToDatetimeAttr(date);
  if (!/^\d{4}(-\d{2}){0,2}$/.test(prefix)) {
    throw new Error(
      `cannot name a file after the date "${date.edtf}"; use a year from 0001 to 9999`,
    );
  }
  return words ? `${prefix}-${words}` : prefix;
}
