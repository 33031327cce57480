// The thin binding of src/lib/trust: the build day, and each page's citation and report link.
import type { Entry, Model, ModelEvent } from '../lib/model/types';
import type { CaseData } from '../schemas/case';
import { SITE } from '../lib/site-config';
import { buildDay } from '../lib/build-day';
import { citationFiles, lastChange, type Citable } from '../lib/trust/citation';
import { CITATION_FORMATS, type CitationExt } from '../lib/trust/citation-paths';
import { reportErrorHref } from '../lib/trust/report';
import { urls } from './paths';

export { lastChange };

/** The build day: what "as of" means when no editor has looked since. */
export const TODAY = buildDay();

/** Return what a citation of an event's page says. */
export function eventCitable(event: ModelEvent): Citable {
  const { data } = event;
  return {
    id: event.id,
    title: data.title,
    url: urls.event(event.id),
    siteName: SITE.name,
    published: data.published,
    updated: lastChange(data),
    eventDate: data.date,
    abstract: data.summary,
  };
}

/** Return what a citation of a case's page says. */
export function caseCitable(kase: Entry<CaseData>): Citable {
  const { data } = kase;
  return {
    id: kase.id,
    title: data.title,
    url: urls.case(kase.id),
    siteName: SITE.name,
    published: data.published,
    updated: lastChange(data),
    abstract: data.summary,
  };
}

/** Return the "Report an error" link of a page. */
export function reportHref(url: string, title: string): string {
  return reportErrorHref(SITE.reportErrorUrl, { url, title });
}

/** Return the response of a citation file. */
export function citationResponse(page: Citable, ext: CitationExt): Response {
  const format = CITATION_FORMATS.find((f) => f.ext === ext)!;
  const body = citationFiles(page)[format.key];
  return new Response(body, { headers: { 'Content-Type': `${format.type}; charset=utf-8` } });
}

/** Return the citable page of an event or case id, or throw naming the id. */
export function citableOf(model: Model, kind: 'events' | 'cases', id: string): Citable {
  if (kind === 'events') {
    const event = model.eventsById.get(id);
    if (!event) throw new Error(`citation: no event "${id}"`);
    return eventCitable(event);
  }
  const kase = model.cases.get(id);
  if (!kase) throw new Error(`citation: no case "${id}"`);
  return caseCitable(kase);
}
