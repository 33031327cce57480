import { createPaths, toAbsoluteUrl } from '../paths';

/** Build the site-relative paths of every feed and export under a base path. */
export function createFeedPaths(base: string) {
  const { to } = createPaths(base);
  return {
    rss: () => to('rss.xml'),
    caseRss: (id: string) => to(`cases/${id}/rss.xml`),
    actorRss: (id: string) => to(`actors/${id}/rss.xml`),
    jsonFeed: () => to('feed.json'),
    calendar: () => to('calendar.ics'),
    caseCalendar: (id: string) => to(`cases/${id}/calendar.ics`),
    dataIndex: () => to('data/index.json'),
    caseData: (id: string) => to(`data/cases/${id}.json`),
    caseTimelineJs: (id: string) => to(`data/cases/${id}.timelinejs.json`),
    eventsCsv: () => to('data/events.csv'),
    schema: (file: string) => to(`schema/${file}`),
  };
}

/** Build absolute URLs for pages, feeds and exports, as every feed and export must carry them. */
export function createSiteUrls(site: string | URL, base: string) {
  const pages = createPaths(base);
  const feeds = createFeedPaths(base);
  const abs = (path: string) => toAbsoluteUrl(path, site);
  return {
    home: () => abs(pages.home()),
    case: (id: string) => abs(pages.case(id)),
    event: (id: string) => abs(pages.event(id)),
    actor: (id: string) => abs(pages.actor(id)),
    rss: () => abs(feeds.rss()),
    caseRss: (id: string) => abs(feeds.caseRss(id)),
    actorRss: (id: string) => abs(feeds.actorRss(id)),
    jsonFeed: () => abs(feeds.jsonFeed()),
    calendar: () => abs(feeds.calendar()),
    caseCalendar: (id: string) => abs(feeds.caseCalendar(id)),
    dataIndex: () => abs(feeds.dataIndex()),
    caseData: (id: string) => abs(feeds.caseData(id)),
    caseTimelineJs: (id: string) => abs(feeds.caseTimelineJs(id)),
    eventsCsv: () => abs(feeds.eventsCsv()),
    schema: (file: string) => abs(feeds.schema(file)),
  };
}

export type SiteUrls = ReturnType<typeof createSiteUrls>;

/** Return a calendar's address with the webcal: scheme, which opens a subscription in calendar apps. */
export function toWebcalUrl(url: string): string {
  return url.replace(/^https?:/, 'webcal:');
}
