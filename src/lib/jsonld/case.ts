import type { CaseData } from '../../schemas/case';
import { jurisdictionLabel } from '../labels';
import type { Entry, ModelEvent } from '../model/types';
import { toAbsoluteUrl } from '../paths';
import { toJsonLdDates } from './dates';
import { siteJsonLd, type JsonLd, type JsonLdContext } from './event';

/**
 * Return a case page's JSON-LD: a CreativeWork whose main entity is the ItemList of its events,
 * oldest first. A big case's page lists one year (`listed`): the list names only those, at their
 * positions in the whole case, and still counts every event.
 */
export function caseJsonLd(
  kase: Entry<CaseData>,
  events: ModelEvent[],
  ctx: JsonLdContext,
  listed: ModelEvent[] = events,
): JsonLd {
  const { data } = kase;
  const position = new Map(events.map((e, i) => [e.id, i + 1]));
  const url = toAbsoluteUrl(ctx.paths.case(kase.id), ctx.site);
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: data.title,
    description: data.summary,
    ...siteJsonLd(ctx),
    datePublished: data.published,
    ...(data.updated && { dateModified: data.updated }),
    ...(data.tags.length > 0 && { keywords: data.tags.join(', ') }),
    ...(data.jurisdictions.length > 0 && {
      spatialCoverage: data.jurisdictions.map((code) => ({
        '@type': 'AdministrativeArea',
        name: jurisdictionLabel(code),
      })),
    }),
    mainEntity: {
      '@type': 'ItemList',
      name: `Events in ${data.title}`,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
      numberOfItems: events.length,
      itemListElement: listed.map((event) => {
        const eventUrl = toAbsoluteUrl(ctx.paths.event(event.id), ctx.site);
        const { temporalCoverage: _coverage, ...dates } = toJsonLdDates(event.data.date);
        return {
          '@type': 'ListItem',
          position: position.get(event.id),
          url: eventUrl,
          name: event.data.title,
          item: {
            '@type': 'Event',
            '@id': eventUrl,
            name: event.data.title,
            url: eventUrl,
            ...dates,
          },
        };
      }),
    },
  };
}
