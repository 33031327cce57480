import ical, { type VEvent } from 'node-ical';
import { describe, expect, test } from 'vitest';
import {
  allDaySpanOf,
  buildCalendar,
  calendarUid,
  dateCaveat,
} from '../../../src/lib/feeds/calendar';
import { parseEventDate } from '../../../src/lib/dates';
import { makeModel, NASTY, rawEvent, TEST_URLS } from '../../helpers/model';

describe('allDaySpanOf', () => {
  test.each([
    ['2025-05-27', '2025-05-27', '2025-05-28'],
    ['2025-04', '2025-04-01', '2025-05-01'],
    ['2024-02', '2024-02-01', '2024-03-01'],
    ['2024', '2024-01-01', '2025-01-01'],
    ['2025-12', '2025-12-01', '2026-01-01'],
    ['../2025-05-23', '2025-05-23', '2025-05-24'],
    ['../2025-05', '2025-05-01', '2025-06-01'],
    ['2025-05-14/..', '2025-05-14', '2025-05-15'],
    ['2025-02/..', '2025-02-01', '2025-03-01'],
    ['2025-05-14/2025-05-23', '2025-05-14', '2025-05-24'],
    ['2025-05-23~', '2025-05-23', '2025-05-24'],
  ])('puts %s on the days from %s up to (not including) %s', (edtf, start, end) => {
    expect(allDaySpanOf(parseEventDate(edtf))).toEqual({ start, end });
  });
});

describe('dateCaveat', () => {
  test.each([
    ['2025-05-23', undefined],
    ['../2025-05-23', 'on or before'],
    ['2025-05-14/..', 'on or after'],
    ['2025-05~', 'approximate date'],
    ['2025?', 'uncertain date'],
    ['../2025-05%', 'on or before, approximate date, uncertain date'],
  ])('warns about %s with %j', (edtf, caveat) => {
    expect(dateCaveat(parseEventDate(edtf))).toBe(caveat);
  });
});

describe('calendarUid', () => {
  test.each([
    ['https://casetrail.test/kb/', 'a-ruling@casetrail.test/kb'],
    ['https://casetrail.test/', 'a-ruling@casetrail.test'],
  ])('names the event under %s as %s', (home, uid) => {
    expect(calendarUid('a-ruling', home)).toBe(uid);
  });
});

describe('buildCalendar', () => {
  test('gives a case with no events a calendar with one component, as RFC 5545 requires', () => {
    const empty = buildCalendar(
      makeModel({}),
      [],
      { name: 'Empty', description: 'None yet', home: TEST_URLS.home() },
      TEST_URLS,
    );
    expect(empty).toMatch(
      /^BEGIN:VCALENDAR\r\n[\s\S]*\r\nBEGIN:VTIMEZONE\r\n[\s\S]*END:VTIMEZONE\r\nEND:VCALENDAR\r\n$/,
    );
    const parsed = Object.values(ical.sync.parseICS(empty));
    expect(parsed.filter((c) => c?.type === 'VEVENT')).toEqual([]);
    expect(parsed.some((c) => c?.type === 'VTIMEZONE')).toBe(true);
  });

  const model = makeModel({
    'training-start': rawEvent({
      title: `Start ${NASTY}`,
      summary: `Summary ${NASTY}`,
      date: '2025-05-27',
      status: 'scheduled',
      kind: 'deadline',
    }),
    'hearing-off': rawEvent({ date: '2025-11-04', status: 'cancelled', kind: 'hearing' }),
    announced: rawEvent({
      date: '2025-04',
      kind: 'announcement',
      corrections: [{ date: '2025-07-01', note: 'Month fixed.' }],
    }),
    yearly: rawEvent({ date: '2024', kind: 'report' }),
    letter: rawEvent({ date: '../2025-05-23', kind: 'letter' }),
  });
  const text = buildCalendar(
    model,
    model.events,
    { name: `Cal ${NASTY}`, description: 'All, of it; really', home: TEST_URLS.home() },
    TEST_URLS,
  );
  const parsed = ical.sync.parseICS(text);
  const events = Object.values(parsed).filter((c): c is VEvent => c?.type === 'VEVENT');
  const byUid = (id: string) => events.find((e) => e.uid === `${id}@casetrail.test/kb`)!;
  const day = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

  test('writes one VEVENT per event, with a stable UID', () => {
    expect(events.map((e) => e.uid).sort()).toEqual(
      ['announced', 'hearing-off', 'letter', 'training-start', 'yearly'].map(
        (id) => `${id}@casetrail.test/kb`,
      ),
    );
  });

  test.each([
    ['training-start', 'TENTATIVE', '2025-05-27', '2025-05-28'],
    ['hearing-off', 'CANCELLED', '2025-11-04', '2025-11-05'],
    ['announced', 'CONFIRMED', '2025-04-01', '2025-05-01'],
    ['yearly', 'CONFIRMED', '2024-01-01', '2025-01-01'],
    ['letter', 'CONFIRMED', '2025-05-23', '2025-05-24'],
  ])('shows %s as %s, all day from %s to %s', (id, status, start, end) => {
    const event = byUid(id);
    expect(event.status).toBe(status);
    expect(event.datetype).toBe('date');
    expect(day(event.start)).toBe(start);
    expect(day(event.end!)).toBe(end);
  });

  test('keeps hostile text intact in SUMMARY and DESCRIPTION, with the URL and date as written', () => {
    const event = byUid('training-start');
    expect(event.summary).toBe(`Start ${NASTY}`);
    expect(event.description).toContain(`Summary ${NASTY}\n\nDate: 27 May 2025\nStatus: Scheduled`);
    // node-ical keeps the VALUE=URI parameter next to the value.
    expect(event.url).toMatchObject({ val: 'https://casetrail.test/kb/events/training-start/' });
  });

  test('says "on or before" in the title of an event known only by its latest day', () => {
    expect(byUid('letter').summary).toBe('An event (on or before)');
    expect(byUid('letter').description).toContain('Date: on or before 23 May 2025');
  });

  test('stamps each event with its last change and counts its corrections as revisions', () => {
    expect(byUid('announced').dtstamp.toISOString()).toBe('2025-07-01T00:00:00.000Z');
    expect(text).toMatch(/UID:announced@casetrail\.test\/kb\r\nSEQUENCE:1\r\n/);
  });

  test('names the calendar before its events, escaped, and keeps every line within 75 octets with CRLF', () => {
    expect(text.indexOf('X-WR-CALNAME:Cal ')).toBeLessThan(text.indexOf('BEGIN:VEVENT'));
    expect(text).toContain('X-WR-CALDESC:All\\, of it\\; really\r\n');
    expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
    for (const line of text.split('\r\n'))
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });
});
