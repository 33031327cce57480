import ical, { escape, ICalEventStatus, ICalEventTransparency } from 'ical-generator';
import { formatEventDate, type EventDate, type Precision } from '../dates';
import { enumLabel, eventStatusLabel } from '../labels';
import { changedOn } from '../model/queries';
import type { Model, ModelEvent } from '../model/types';
import type { EventStatus } from '../../schemas/enums';
import { dayToDate } from './entries';
import type { SiteUrls } from './urls';

/** How often calendar apps should fetch a subscribed calendar again. */
export const CALENDAR_REFRESH_SECONDS = 6 * 60 * 60;

/** The days an all-day calendar event covers: `end` is the day after the last, as RFC 5545 counts. */
export interface AllDaySpan {
  start: string;
  end: string;
}

const STATUS: Record<EventStatus, ICalEventStatus> = {
  occurred: ICalEventStatus.CONFIRMED,
  scheduled: ICalEventStatus.TENTATIVE,
  cancelled: ICalEventStatus.CANCELLED,
};

function addDays(day: string, days: number): string {
  const date = dayToDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function startOfUnit(day: string, precision: Precision): string {
  if (precision === 'year') return `${day.slice(0, 4)}-01-01`;
  if (precision === 'month') return `${day.slice(0, 7)}-01`;
  return day;
}

function endOfUnit(day: string, precision: Precision): string {
  if (precision === 'day') return day;
  const next =
    precision === 'year'
      ? `${Number(day.slice(0, 4)) + 1}-01-01`
      : addDays(`${day.slice(0, 7)}-28`, 4).slice(0, 7) + '-01';
  return addDays(next, -1);
}

/**
 * Return the days an event covers in a calendar: a day is one day, a month or a year spans
 * all of it, an interval runs from its start to its end. An open date ("on or before 23 May
 * 2025") covers only its known bound, at that bound's precision; the summary and description
 * say "on or before", so no reader takes the bound for the day it happened.
 */
export function allDaySpanOf(date: EventDate): AllDaySpan {
  const { earliest, latest, precision } = date;
  const start = earliest ?? startOfUnit(latest as string, precision);
  const last = latest ?? endOfUnit(earliest as string, precision);
  return { start, end: addDays(last, 1) };
}

/** Return the words a calendar title needs so an open or doubtful date is not read as exact. */
export function dateCaveat(date: EventDate): string | undefined {
  const notes: string[] = [];
  if (date.span === 'on-or-before') notes.push('on or before');
  if (date.span === 'on-or-after') notes.push('on or after');
  if (date.qualifier === 'approximate' || date.qualifier === 'approximate-uncertain')
    notes.push('approximate date');
  if (date.qualifier === 'uncertain' || date.qualifier === 'approximate-uncertain')
    notes.push('uncertain date');
  return notes.length > 0 ? notes.join(', ') : undefined;
}

/** Return an event's calendar UID: its id at the site's host and base, the same in every build. */
export function calendarUid(eventId: string, home: string): string {
  const url = new URL(home);
  return `${eventId}@${url.host}${url.pathname.replace(/\/+$/, '')}`;
}

function describe(model: Model, event: ModelEvent, url: string): string {
  const { data } = event;
  const cases = data.cases.map((id) => model.cases.get(id)?.data.title ?? id);
  const lines = [
    data.summary,
    '',
    `Date: ${formatEventDate(data.date)}`,
    `Status: ${eventStatusLabel(data.status)}${data.status === 'scheduled' ? ' (announced for this date; not reported as having happened)' : ''}`,
    `Kind: ${enumLabel(data.kind)}`,
    `Case: ${cases.join('; ')}`,
    ...data.corrections.map((c) => `Correction of ${formatEventDate(c.date)}: ${c.note}`),
    '',
    url,
  ];
  return lines.join('\n');
}

/** What a calendar is about. */
export interface CalendarInfo {
  name: string;
  description: string;
  /** The absolute URL of the page the calendar follows. */
  home: string;
}

const UTC_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:UTC',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0000',
  'END:STANDARD',
  'END:VTIMEZONE',
  '',
].join('\r\n');

/** Return an iCalendar (RFC 5545) file with one all-day VEVENT per event. */
export function buildCalendar(
  model: Model,
  events: ModelEvent[],
  info: CalendarInfo,
  urls: SiteUrls,
): string {
  const calendar = ical({
    prodId: '//Casetrail//Casetrail calendar//EN',
    url: info.home,
    ttl: CALENDAR_REFRESH_SECONDS,
    // ical-generator writes the calendar's name and description as given; escape them with its
    // own TEXT escaper (x-properties would be escaped, but land after the events, against RFC 5545).
    name: escape(info.name, false),
    description: escape(info.description, false),
  });
  for (const event of events) {
    const { data } = event;
    const span = allDaySpanOf(data.date);
    const caveat = dateCaveat(data.date);
    const url = urls.event(event.id);
    const changed = dayToDate(changedOn(event));
    calendar.createEvent({
      id: calendarUid(event.id, urls.home()),
      // A calendar without METHOD gives in DTSTAMP when the event last changed (RFC 5545 3.8.7.2).
      stamp: changed,
      created: dayToDate(data.published.earliest as string),
      lastModified: changed,
      sequence: data.corrections.length + (data.updated ? 1 : 0),
      allDay: true,
      start: dayToDate(span.start),
      end: dayToDate(span.end),
      summary: caveat ? `${data.title} (${caveat})` : data.title,
      description: describe(model, event, url),
      url,
      status: STATUS[data.status],
      transparency: ICalEventTransparency.TRANSPARENT,
      categories: [enumLabel(data.kind), ...data.tags].map((name) => ({ name })),
    });
  }
  // RFC 5545 ends every content line with CRLF, the last one too; ical-generator omits that one.
  const text = `${calendar.toString()}\r\n`;
  // RFC 5545 wants at least one component in a calendar. A case with no events yet still gets a
  // valid file for its subscribers: the definition of UTC, which changes nothing for all-day events.
  return events.length > 0
    ? text
    : text.replace(/END:VCALENDAR\r\n$/, `${UTC_VTIMEZONE}END:VCALENDAR\r\n`);
}
