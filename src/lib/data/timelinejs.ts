import { escapeHTML } from 'astro/runtime/server/escape.js';
import { formatEventDate, parseEventDate, type EventDate, type Precision } from '../dates';
import { enumLabel, eventStatusLabel } from '../labels';
import type { SiteUrls } from '../feeds/urls';
import { eventsOfCase } from '../model/queries';
import type { Model, ModelEvent } from '../model/types';
import { mediaInBody, quoteInBody } from '../mdx/media';

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
  /** The event's first `<Media>`: an image or page with its credit and caption (plain text). */
  media?: { url: string; credit?: string; caption?: string };
}

/** A TimelineJS 3 JSON document, as `new TL.Timeline(id, url)` loads it. */
export interface TimelineJsDocument {
  scale: 'human';
  title: TimelineJsSlide;
  events: TimelineJsSlide[];
}

/** Return an ISO day as a TimelineJS date with the parts a precision allows. */
export function toTimelineJsDate(day: string, precision: Precision): TimelineJsDate {
  const [year, month, dayOfMonth] = day.split('-').map(Number) as [number, number, number];
  if (precision === 'year') return { year };
  if (precision === 'month') return { year, month };
  return { year, month, day: dayOfMonth };
}

/** Return the start and end of an event on a TimelineJS timeline; an open date sits at its known bound. */
export function timelineJsDates(date: EventDate): {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
} {
  if (date.span === 'on-or-before')
    return { start_date: toTimelineJsDate(date.latest as string, date.precision) };
  const start_date = toTimelineJsDate(date.earliest as string, date.precision);
  if (date.span !== 'interval') return { start_date };
  // The two ends of an interval may be known to different precisions (2025-04/2025-06-03).
  const end = parseEventDate(date.edtf.split('/')[1]);
  return { start_date, end_date: toTimelineJsDate(end.latest as string, end.precision) };
}

function paragraph(text: string): string {
  return `<p>${escapeHTML(text)}</p>`;
}

function link(url: string, text: string): string {
  return `<p><a href="${escapeHTML(url)}">${escapeHTML(text)}</a></p>`;
}

/**
 * Return a slide's media: the event's first `<Media>`, else its first `<Quote>` as the
 * blockquote TimelineJS shows as a quotation, credited to the quoted source.
 */
function slideMedia(event: ModelEvent): TimelineJsSlide['media'] {
  const body = event.body ?? '';
  const media = mediaInBody(body)[0];
  if (media)
    return {
      url: media.src,
      ...(media.credit && { credit: escapeHTML(media.credit) }),
      ...(media.caption && { caption: escapeHTML(media.caption) }),
    };
  const quote = quoteInBody(body);
  if (!quote) return undefined;
  const source = event.data.sources.find((s) => s.id === quote.source);
  const credit = source?.publisher ?? source?.title;
  return {
    url: `<blockquote>${escapeHTML(quote.text)}</blockquote>`,
    ...(credit && { credit: escapeHTML(credit) }),
  };
}

function toSlide(event: ModelEvent, urls: SiteUrls): TimelineJsSlide {
  const { data } = event;
  const status =
    data.status === 'occurred'
      ? []
      : [
          paragraph(
            `${eventStatusLabel(data.status)}${data.status === 'scheduled' ? ': announced for this date, not reported as having happened.' : '.'}`,
          ),
        ];
  const media = slideMedia(event);
  return {
    unique_id: event.id,
    ...timelineJsDates(data.date),
    display_date: formatEventDate(data.date),
    // An imported TimelineJS group is the event's first tag; events without tags group by kind.
    group: data.tags[0] ?? enumLabel(data.kind),
    ...(media && { media }),
    text: {
      headline: escapeHTML(data.title),
      text: [
        paragraph(data.summary),
        ...status,
        link(urls.event(event.id), 'Read this event on Casetrail'),
      ].join(''),
    },
  };
}

const OVERVIEW_MAX = 800;

/**
 * Return the opening paragraphs of a case overview (its MDX body) as plain text, up to about
 * 800 characters: TimelineJS's title slide carries the overview, as the import reads it back.
 */
export function overviewParagraphs(body: string): string[] {
  const paragraphs = body
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/<\/?[A-Za-z][^>]*>/g, '')
        .replace(/^\s{0,3}(#{1,6}|>|[-+*]|\d+[.)])\s+/gm, '')
        .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
        .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, '$2')
        .replace(/\\([\\`*_{}[\]<>()#+\-.!|~&=])/g, '$1')
        .replace(/\s+/g, ' ')
        .trim(),
    )
    .filter(Boolean);
  const kept: string[] = [];
  let length = 0;
  for (const p of paragraphs) {
    if (kept.length > 0 && length + p.length > OVERVIEW_MAX) break;
    kept.push(p);
    length += p.length;
  }
  return kept;
}

/** Return a case as TimelineJS 3 JSON: a title slide, then one slide per event. */
export function buildTimelineJs(model: Model, caseId: string, urls: SiteUrls): TimelineJsDocument {
  const kase = model.cases.get(caseId);
  if (!kase)
    throw new Error(
      `TimelineJS export: no case "${caseId}" in content/cases/; pass the id of a case file`,
    );
  const overview = overviewParagraphs(kase.body ?? '');
  return {
    scale: 'human',
    title: {
      unique_id: `case-${caseId}`,
      text: {
        headline: escapeHTML(kase.data.title),
        text: [
          ...(overview.length > 0 ? overview : [kase.data.summary]).map(paragraph),
          link(urls.case(caseId), 'Follow this case on Casetrail'),
        ].join(''),
      },
    },
    events: eventsOfCase(model, caseId).map((event) => toSlide(event, urls)),
  };
}
