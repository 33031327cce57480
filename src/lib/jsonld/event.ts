import type { Source } from '../../schemas/source';
import { SITE } from '../site-config';
import { jurisdictionLabel } from '../labels';
import type { Model, ModelEvent } from '../model/types';
import { toAbsoluteUrl, type Paths } from '../paths';
import { toJsonLdDate, toJsonLdDates } from './dates';

/** What every JSON-LD builder needs to write absolute URLs. */
export interface JsonLdContext {
  paths: Paths;
  /** The site's origin (Astro.site). */
  site: string | URL;
}

/** A JSON-LD object, ready for BaseLayout's `jsonLd` prop. */
export type JsonLd = Record<string, unknown>;

/** Return what every page's JSON-LD says about the site: the licence and the site it is part of. */
export function siteJsonLd(ctx: JsonLdContext): JsonLd {
  return {
    license: SITE.licence.url,
    isPartOf: {
      '@type': 'WebSite',
      name: SITE.name,
      url: toAbsoluteUrl(ctx.paths.home(), ctx.site),
    },
  };
}

const EVENT_STATUS = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
} as const;

/** Return a source as a schema.org CreativeWork for `citation`. */
export function sourceJsonLd(source: Source): JsonLd {
  return {
    '@type': 'CreativeWork',
    name: source.title,
    ...(source.author && { author: { '@type': 'Person', name: source.author } }),
    ...(source.publisher && { publisher: { '@type': 'Organization', name: source.publisher } }),
    ...(source.published && { datePublished: toJsonLdDate(source.published) }),
    ...(source.url && { url: source.url }),
    ...(source.archived && { archivedAt: source.archived }),
    ...(source.language && { inLanguage: source.language }),
  };
}

// The court or authority is where a legal event takes place; without one, the jurisdiction is.
function locationOf(model: Model, event: ModelEvent, ctx: JsonLdContext): JsonLd | undefined {
  const authorityId =
    event.data.court ??
    event.data.actors.find((a) => a.role === 'court' || a.role === 'regulator')?.id;
  const authority = authorityId ? model.actors.get(authorityId) : undefined;
  if (authority) {
    return {
      '@type': 'Place',
      name: authority.data.name,
      url: toAbsoluteUrl(ctx.paths.actor(authority.id), ctx.site),
      ...(authority.data.country && {
        address: { '@type': 'PostalAddress', addressCountry: authority.data.country },
      }),
    };
  }
  if (event.data.jurisdiction)
    return { '@type': 'AdministrativeArea', name: jurisdictionLabel(event.data.jurisdiction) };
  return undefined;
}

function lastChange(event: ModelEvent): string | undefined {
  const dates = [event.data.updated, ...event.data.corrections.map((c) => c.date)].filter(
    (d) => d !== undefined,
  );
  return dates.map(toJsonLdDate).sort().at(-1);
}

/**
 * Return an event page's JSON-LD: an Event (dates at their precision, the court as location)
 * that is also a CreativeWork, so it can be `about` its case and cite its sources.
 */
export function eventJsonLd(model: Model, event: ModelEvent, ctx: JsonLdContext): JsonLd {
  const { data } = event;
  const cases = data.cases.map((id) => model.cases.get(id)).filter((c) => c !== undefined);
  const location = locationOf(model, event, ctx);
  const modified = lastChange(event);
  return {
    '@context': 'https://schema.org',
    '@type': ['Event', 'CreativeWork'],
    '@id': toAbsoluteUrl(ctx.paths.event(event.id), ctx.site),
    url: toAbsoluteUrl(ctx.paths.event(event.id), ctx.site),
    name: data.title,
    description: data.summary,
    ...siteJsonLd(ctx),
    ...toJsonLdDates(data.date),
    ...(data.status !== 'occurred' && { eventStatus: EVENT_STATUS[data.status] }),
    ...(location && { location }),
    about: cases.map((c) => ({
      '@type': 'CreativeWork',
      name: c.data.title,
      url: toAbsoluteUrl(ctx.paths.case(c.id), ctx.site),
    })),
    citation: data.sources.map(sourceJsonLd),
    datePublished: toJsonLdDate(data.published),
    ...(modified && { dateModified: modified }),
    ...(data.tags.length > 0 && { keywords: data.tags.join(', ') }),
  };
}
