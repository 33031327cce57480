import { expandTimeline, type CompactTimeline } from '../timeline/compact';
import { checkCompactTimeline } from '../timeline/compact-check';
import { safeHttpUrl } from '../url/safe';
import type { EmbedCase } from './embed-case';

// The widget reads the chart data the build prepared (`/data/cases/<case>.timeline.json`): its
// events come sorted, timed and laned, so the browser only unpacks them. Its page addresses are
// site paths, resolved against the site's configured home (else the file's own address), its
// details' against the file's; only http(s) ones are kept: a `javascript:` link would run in the
// host page on click.

const resolve = (path: string, base: string) => {
  try {
    return safeHttpUrl(new URL(path, base).href) ?? '';
  } catch {
    return '';
  }
};

/**
 * Return the URL of the chart data to read for a `src`: itself, or for a case document of the
 * data API (`…/data/cases/<case>.json`, which snippets of earlier versions named) the chart data
 * the same site serves beside it (`…/data/cases/<case>.timeline.json`), a tenth of its size.
 */
export function chartDataUrl(src: string): string {
  const url = new URL(src);
  const path = url.pathname;
  if (/\/data\/cases\/[^/]+\.json$/.test(path) && !/\.timeline(js)?\.json$/.test(path))
    url.pathname = `${path.slice(0, -'.json'.length)}.timeline.json`;
  return url.href;
}

/**
 * Return the case a compact chart file describes, ready to draw, with its prepared events and
 * where its details are. `url` is the address it was fetched from. Throws a CompactTimelineError
 * naming the URL and the field when the document is not compact chart data of this version.
 */
export function compactToEmbed(value: unknown, url: string): EmbedCase {
  const data = checkCompactTimeline(value, url);
  const site = resolve(data.home, url) || url;
  // Without a safe address for event pages, no event links anywhere (an empty prefix names none).
  const resolved: CompactTimeline = {
    ...data,
    url: [resolve(data.url[0], site), data.url[1]],
    urls: Object.fromEntries(Object.entries(data.urls).map(([i, u]) => [i, resolve(u, site)])),
  };
  const prepared = expandTimeline(resolved, url);
  const kase = data.case;
  const caseUrl = kase ? resolve(kase.url, site) : '';
  const details = data.details;
  const detailsUrl = details ? resolve(details.url[0], url) : '';
  const namesUrl = details ? resolve(details.names[0], url) : '';
  return {
    id: kase?.id ?? '',
    title: kase?.title ?? data.site,
    url: caseUrl,
    siteName: data.site,
    statusNotes: {},
    media: {},
    events: prepared.events,
    names: {
      case: data.names,
      actor: Object.fromEntries(data.actors.map((id, i) => [id, data.actorNames[i] ?? id])),
      kind: {},
    },
    prepared: { laneBy: data.laneBy, timeline: prepared },
    compact: resolved,
    ...(details &&
      detailsUrl &&
      namesUrl && {
        details: {
          ...details,
          url: [detailsUrl, details.url[1]],
          names: [namesUrl, details.names[1]],
          actors: resolve(details.actors, url),
          ids: resolve(details.ids, url),
        },
      }),
  };
}
