import type { Model } from '../model/types';
import { actorSearchAttributes, caseSearchAttributes, eventSearchAttributes } from './attributes';
import type { PageType, SearchAttributes } from './filters';

// The pages the search index holds, in the order of their sort values: the rows of the facet
// table (./facet-table.ts). Build-side only; the browser reads the table.

/** One indexed page: its kind, id and what it tells the search index. */
export interface SearchPage {
  type: PageType;
  id: string;
  attributes: SearchAttributes;
}

/**
 * Return the value a page is sorted by in the search index: its date as ISO text, then its type
 * and id, so no two pages tie. A space sorts before every character of a date, so a month
 * ("2025-05 …") still comes before the days in it ("2025-05-23 …").
 */
export function searchSortValue(page: SearchPage): string {
  return `${page.attributes.sort} ${page.type}:${page.id}`;
}

// Pagefind orders sort values as strings by their UTF-8 bytes; ids are ASCII, dates too.
const encoder = new TextEncoder();
function compareBytes(a: string, b: string): number {
  const x = encoder.encode(a);
  const y = encoder.encode(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! - y[i]!;
  }
  return x.length - y.length;
}

/** Return every page the search index holds (events, cases, actors), in sort-value order. */
export function searchPages(model: Model): SearchPage[] {
  const pages: SearchPage[] = [
    ...model.events.map((event) => ({
      type: 'event' as const,
      id: event.id,
      attributes: eventSearchAttributes(model, event),
    })),
    ...[...model.cases.keys()].map((id) => ({
      type: 'case' as const,
      id,
      attributes: caseSearchAttributes(model, id),
    })),
    ...[...model.actors.keys()].map((id) => ({
      type: 'actor' as const,
      id,
      attributes: actorSearchAttributes(model, id),
    })),
  ];
  const keyed = pages.map((page) => ({ page, key: searchSortValue(page) }));
  keyed.sort((a, b) => compareBytes(a.key, b.key));
  return keyed.map((k) => k.page);
}
