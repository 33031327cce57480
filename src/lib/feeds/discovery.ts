import type { Model } from '../model/types';
import { SITE_NAME } from '../site-meta';
import type { SiteUrls } from '../paths';

/** A `<link rel="alternate">` that lets browsers and feed readers find a feed. */
export interface AlternateLink {
  type: 'application/rss+xml' | 'application/feed+json' | 'text/calendar';
  title: string;
  href: string;
}

/** The page a path shows, as far as feeds care: a case, an actor, an event, or anything else. */
export type PageScope = { kind: 'case' | 'actor' | 'event'; id: string } | { kind: 'other' };

/** Return what a request path under `base` shows, from the site's URL scheme. */
export function scopeOfPath(pathname: string, base: string): PageScope {
  const root = base.endsWith('/') ? base : `${base}/`;
  if (!pathname.startsWith(root)) return { kind: 'other' };
  const match = /^(cases|actors|events)\/([a-z0-9-]+)\/?(?:index\.html)?$/.exec(
    pathname.slice(root.length),
  );
  if (!match) return { kind: 'other' };
  const kind = ({ cases: 'case', actors: 'actor', events: 'event' } as const)[
    match[1] as 'cases' | 'actors' | 'events'
  ];
  return { kind, id: match[2] as string };
}

function caseLinks(model: Model, id: string, urls: SiteUrls): AlternateLink[] {
  const title = model.cases.get(id)?.data.title;
  if (!title) return [];
  return [
    { type: 'application/rss+xml', title: `${title} (RSS)`, href: urls.caseRss(id) },
    { type: 'text/calendar', title: `${title} (calendar)`, href: urls.caseCalendar(id) },
  ];
}

/**
 * Return the feeds a page should announce: those of its case, actor or an event's cases
 * first (readers offer the first), then the site-wide RSS, JSON Feed and calendar.
 */
export function alternateLinks(model: Model, scope: PageScope, urls: SiteUrls): AlternateLink[] {
  const specific: AlternateLink[] = [];
  if (scope.kind === 'case') specific.push(...caseLinks(model, scope.id, urls));
  if (scope.kind === 'event') {
    for (const id of model.eventsById.get(scope.id)?.data.cases ?? [])
      specific.push(...caseLinks(model, id, urls));
  }
  const actor = scope.kind === 'actor' ? model.actors.get(scope.id) : undefined;
  if (actor)
    specific.push({
      type: 'application/rss+xml',
      title: `${actor.data.name} (RSS)`,
      href: urls.actorRss(actor.id),
    });
  return [
    ...specific,
    { type: 'application/rss+xml', title: `${SITE_NAME}: all events (RSS)`, href: urls.rss() },
    {
      type: 'application/feed+json',
      title: `${SITE_NAME}: all events (JSON Feed)`,
      href: urls.jsonFeed(),
    },
    { type: 'text/calendar', title: `${SITE_NAME}: all events (calendar)`, href: urls.calendar() },
  ];
}
