import { escapeHtml } from '../html';
import { formatEventDate, type DateSide, type EventDate } from '../dates';
import { enumLabel, statusSentence } from '../labels';
import type { SiteUrls } from '../paths';
import { eventsOfCase } from '../model/queries';
import type { Model, ModelEvent } from '../model/types';

/** A TimelineJS date: only the parts the source gives, so a month stays a month. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

/** A TimelineJS slide; `headline` and `text` are HTML, which TimelineJS sanitises and shows. */
export interface TimelineJsSlide {
  unique_id: string;
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  group?: string;
  text: { headline: string; text: string };
}

/** A TimelineJS 3 JSON document, as `new TL.Timeline(id, url)` loads it. */
export interface TimelineJsDocument {
  scale: 'human';
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
}

/** Return one side of a date as a TimelineJS date with the parts its precision allows. */
export function toTimelineJsDate({ first, precision }: DateSide): TimelineJsDate {
  const [year, month, dayOfMonth] = first.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day: dayOfMonth };
}

/** Return the start and end of an event on a TimelineJS timeline; an open date sits at its known bound. */
export function timelineJsDates(date: EventDate): {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
} {
  if (date.span === 'on-or-before') return { start_date: toTimelineJsDate(date.end) };
  const start_date = toTimelineJsDate(date.start);
  if (date.span !== 'interval') return { start_date };
  // The two ends of an interval may be known to different precisions (2025-04/2025-06-03).
  return { start_date, end_date: toTimelineJsDate(date.end) };
}

function paragraph(text: string): string {
  return `<p>${escapeHtml(text)}</p>`;
}

function link(url: string, text: string): string {
  return `<p><a href="${escapeHtml(url)}">${escapeHtml(text)}</a></p>`;
}

function toSlide(event: ModelEvent, urls: SiteUrls): TimelineJsSlide {
  const { data } = event;
  const status = data.status === 'occurred' ? [] : [paragraph(`${statusSentence(data.status)}.`)];
  return {
    unique_id: event.id,
    ...timelineJsDates(data.date),
    display_date: formatEventDate(data.date),
    group: enumLabel(data.kind),
    text: {
      headline: escapeHtml(data.title),
      text: [
        paragraph(data.summary),
        ...status,
        link(urls.event(event.id), 'Read this event on Casetrail'),
      ].join(''),
    },
  };
}

/** Return a case as TimelineJS 3 JSON: a title slide, then one slide per event. */
export function buildTimelineJs(model: Model, caseId: string, urls: SiteUrls): TimelineJsDocument {
  const kase = model.cases.get(caseId);
  if (!kase)
    throw new Error(
      `TimelineJS export: no case "${caseId}" in content/cases/; pass the id of a case file`,
    );
  return {
    scale: 'human',
    title: {
      unique_id: `case-${caseId}`,
      text: {
        headline: escapeHtml(kase.data.title),
        text: [
          paragraph(kase.data.summary),
          link(urls.case(caseId), 'Follow this case on Casetrail'),
        ].join(''),
      },
    },
    events: eventsOfCase(model, caseId).map((event) => toSlide(event, urls)),
  };
}
