import { describe, expect, test } from 'vitest';
import {
  caseCurrencySentence,
  formatCount,
  humanise,
  jurisdictionLabel,
  lastEventSentence,
  LINK_LABELS,
  notReportedSentence,
  reviewedSentence,
  scheduledSentence,
  statusSentence,
} from '../../src/lib/labels';

describe('humanise', () => {
  test.each([
    ['regulatory-action', 'Regulatory action'],
    ['ngo', 'NGO'],
    ['consumer-organisation', 'Consumer organisation'],
    ['ruling', 'Ruling'],
  ])('shows %s as "%s"', (value, shown) => {
    expect(humanise(value)).toBe(shown);
  });
});

describe('jurisdictionLabel', () => {
  test.each([
    ['DE', 'Germany'],
    ['EU', 'European Union'],
    ['XX-NOT-A-CODE', 'XX-NOT-A-CODE'],
  ])('names %s as "%s"', (code, name) => {
    expect(jurisdictionLabel(code)).toBe(name);
  });
});

describe('statusSentence', () => {
  test.each([
    ['occurred', 'Occurred'],
    ['scheduled', 'Scheduled (announced for this date; not reported as having happened)'],
    ['cancelled', 'Cancelled'],
  ] as const)('says %s as "%s"', (status, sentence) => {
    expect(statusSentence(status)).toBe(sentence);
  });
});

describe('LINK_LABELS', () => {
  test.each([
    ['responds-to', 'Responds to', 'Answered by'],
    ['decides', 'Decides', 'Decided by'],
    ['reports-on', 'Reports on', 'Reported by'],
  ] as const)('reads %s as "%s" one way and "%s" the other', (type, out, back) => {
    expect(LINK_LABELS[type]).toEqual({ out, in: back });
  });
});

describe('scheduledSentence', () => {
  test.each([
    ['27 May 2025', false, 'Scheduled for 27 May 2025'],
    ['May 2025', false, 'Scheduled for May 2025'],
    ['on or before 23 May 2025', true, 'Scheduled on or before 23 May 2025'],
  ])('%s (open: %s) reads "%s"', (when, open, expected) => {
    expect(scheduledSentence(when, open)).toBe(expected);
  });
});

describe('notReportedSentence', () => {
  test('says what is missing and as of when, after the scheduled date', () => {
    expect(notReportedSentence('Scheduled for 27 May 2025', '30 November 2026')).toBe(
      'Scheduled for 27 May 2025; not reported as having happened as of 30 November 2026',
    );
  });
});

describe('lastEventSentence', () => {
  test.each([
    ['24 May 2025', 'Last event: 24 May 2025'],
    ['on or before 24 May 2025', 'Last event: on or before 24 May 2025'],
    [undefined, 'No event recorded yet'],
  ])('%s reads "%s"', (when, expected) => {
    expect(lastEventSentence(when)).toBe(expected);
  });
});

describe('reviewedSentence', () => {
  test.each([
    ['2 October 2026', 'Last reviewed for news: 2 October 2026'],
    [undefined, 'Not reviewed for news since it was added on 28 November 2026'],
  ])('reviewed %s reads "%s"', (reviewed, expected) => {
    expect(reviewedSentence(reviewed, '28 November 2026')).toBe(expected);
  });
});

describe('caseCurrencySentence', () => {
  test('joins the last event and the review as two sentences', () => {
    expect(
      caseCurrencySentence('Last event: April 2025', 'Last reviewed for news: 1 May 2026'),
    ).toBe('Last event: April 2025. Last reviewed for news: 1 May 2026.');
  });
});

describe('formatCount', () => {
  test.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [10000, '10,000'],
    [1234567, '1,234,567'],
  ])('%i reads %s, as Intl writes it in English', (value, expected) => {
    expect(formatCount(value)).toBe(expected);
    expect(formatCount(value)).toBe(value.toLocaleString('en-US'));
  });
});
