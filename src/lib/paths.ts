// The URL scheme of the whole site, in one place: every page, feed, export, social card and
// embed address is built here, under a base path, and made absolute against the site's origin.
// No Zod and no Astro, so the browser code and the widget can import it too.

/** The form of every id: lower-case words joined by hyphens, as in file names and URLs. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The paths embed.js needs, relative to the site's base: kept apart from createPaths, which uses
 * them, so the widget carries these three and not the whole scheme.
 */
export const EMBED_PATHS = {
  case: (id: string) => `cases/${id}/`,
  caseTimeline: (id: string) => `data/cases/${id}.timeline.json`,
  embedPage: (caseId: string) => `embed/${caseId}/`,
};

/** Build the site's paths under a base path: one place that knows the URL scheme. */
export function createPaths(base: string) {
  const root = base.endsWith('/') ? base : `${base}/`;
  const to = (path: string) => `${root}${path.replace(/^\/+/, '')}`;
  return {
    /** Return a site path under the base. */
    to,
    home: () => root,
    cases: () => to('cases/'),
    case: (id: string) => to(EMBED_PATHS.case(id)),
    /** A big case's events of one year: `cases/<id>/<year>/`. */
    caseYear: (id: string, year: number | string) => to(`cases/${id}/${year}/`),
    event: (id: string) => to(`events/${id}/`),
    actors: () => to('actors/'),
    actor: (id: string) => to(`actors/${id}/`),
    search: () => to('search/'),
    /** Every indexed page's facet values, which the search page counts with (src/lib/search/facet-table.ts). */
    searchFacets: () => to('search/facets.json'),
    searchPages: () => to('search/pages.json'),
    rss: () => to('rss.xml'),
    caseRss: (id: string) => to(`cases/${id}/rss.xml`),
    actorRss: (id: string) => to(`actors/${id}/rss.xml`),
    jsonFeed: () => to('feed.json'),
    calendar: () => to('calendar.ics'),
    caseCalendar: (id: string) => to(`cases/${id}/calendar.ics`),
    dataIndex: () => to('data/index.json'),
    caseData: (id: string) => to(`data/cases/${id}.json`),
    /** A case's chart data, prepared at build time (src/lib/timeline/compact.ts). */
    caseTimeline: (id: string) => to(EMBED_PATHS.caseTimeline(id)),
    /** One chunk of a case chart's event details (src/lib/timeline/details.ts). */
    caseDetails: (id: string, chunk: number | string) =>
      to(`data/cases/${id}/events/${chunk}.json`),
    /** The actors of a case chart's events, for lanes by actor (src/lib/timeline/compact.ts). */
    caseActors: (id: string) => to(`data/cases/${id}/actors.json`),
    /** One chunk of a big case chart's event ids and titles (src/lib/timeline/compact.ts). */
    caseNames: (id: string, chunk: number | string) => to(`data/cases/${id}/names/${chunk}.json`),
    /** Every event id of a case chart, in its order (src/lib/timeline/compact.ts). */
    caseIds: (id: string) => to(`data/cases/${id}/ids.json`),
    /** Every case's chart data, for the home page. */
    timeline: () => to('data/timeline.json'),
    caseTimelineJs: (id: string) => to(`data/cases/${id}.timelinejs.json`),
    eventsCsv: () => to('data/events.csv'),
    schema: (file: string) => to(`schema/${file}`),
    /** A page's social card: `og/events/<id>.png` or `og/cases/<id>.png`. */
    ogImage: (collection: 'events' | 'cases', id: string) => to(`og/${collection}/${id}.png`),
    embedPage: (caseId: string) => to(EMBED_PATHS.embedPage(caseId)),
    embedScript: () => to('embed.js'),
    oembed: (caseId: string) => to(`oembed/${caseId}.json`),
  };
}

export type Paths = ReturnType<typeof createPaths>;

/** Return an absolute URL for a site path, given the site's origin (and any path it has). */
export function toAbsoluteUrl(path: string, site: string | URL): string {
  return new URL(path, site).href;
}

type PathName = Exclude<keyof Paths, 'to'>;

/** The site's paths as absolute URLs, as every feed, export and embed snippet must carry them. */
export type SiteUrls = { [K in PathName]: (...args: Parameters<Paths[K]>) => string };

/** Build absolute URLs for every path of the site from its origin and base path. */
export function createSiteUrls(site: string | URL, base: string): SiteUrls {
  const paths = createPaths(base);
  const abs =
    <A extends unknown[]>(build: (...args: A) => string) =>
    (...args: A) =>
      toAbsoluteUrl(build(...args), site);
  return {
    home: abs(paths.home),
    cases: abs(paths.cases),
    case: abs(paths.case),
    caseYear: abs(paths.caseYear),
    event: abs(paths.event),
    actors: abs(paths.actors),
    actor: abs(paths.actor),
    search: abs(paths.search),
    searchFacets: abs(paths.searchFacets),
    searchPages: abs(paths.searchPages),
    rss: abs(paths.rss),
    caseRss: abs(paths.caseRss),
    actorRss: abs(paths.actorRss),
    jsonFeed: abs(paths.jsonFeed),
    calendar: abs(paths.calendar),
    caseCalendar: abs(paths.caseCalendar),
    dataIndex: abs(paths.dataIndex),
    caseData: abs(paths.caseData),
    caseTimeline: abs(paths.caseTimeline),
    caseDetails: abs(paths.caseDetails),
    caseActors: abs(paths.caseActors),
    caseNames: abs(paths.caseNames),
    caseIds: abs(paths.caseIds),
    timeline: abs(paths.timeline),
    caseTimelineJs: abs(paths.caseTimelineJs),
    eventsCsv: abs(paths.eventsCsv),
    schema: abs(paths.schema),
    ogImage: abs(paths.ogImage),
    embedPage: abs(paths.embedPage),
    embedScript: abs(paths.embedScript),
    oembed: abs(paths.oembed),
  };
}

/** Return a calendar's address with the webcal: scheme, which opens a subscription in calendar apps. */
export function toWebcalUrl(url: string): string {
  return url.replace(/^https?:/, 'webcal:');
}
