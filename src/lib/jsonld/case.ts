import type { CaseData } from '../../schemas/case';
import { jurisdictionLabel } from '../labels';
import type { Entry, ModelEvent } from '../model/types';
import { toAbsoluteUrl } from '../paths';
import { toJsonLdDate, toJsonLdDates } from './dates';
import { siteJsonLd, type JsonLd, type JsonLdContext } from './event';

/** Return a case page's JSON-LD: a CreativeWork whose main entity is the ItemList of its events, oldest first. */
export function caseJsonLd(
  kase: Entry<CaseData>,
  events: ModelEvent[],
  ctx: JsonLdContext,
): JsonLd {
  const { data } = kase;
  const url = toAbsoluteUrl(ctx.paths.case(kase.id), ctx.site);
  return {
    '@context': 'https://schema.org',
    '@type': 'CreativeWork',
    '@id': url,
    url,
    name: data.title,
    description: data.summary,
    ...siteJsonLd(ctx),
    datePublished: toJsonLdDate(data.published),
    ...(data.updated && { dateModified: toJsonLdDate(data.updated) }),
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
      itemListElement: events.map((event, i) => {
        const eventUrl = toAbsoluteUrl(ctx.paths.event(event.id), ctx.site);
        const { temporalCoverage: _coverage, ...dates } = toJsonLdDates(event.data.date);
        return {
          '@type': 'ListItem',
          position: i + 1,
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
