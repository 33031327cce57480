import { describe, expect, test } from 'vitest';
import { parseEventDate } from '../../../src/lib/dates';
import { eventSlug, slugFromText } from '../../../src/lib/editor/slug';

describe('slugFromText', () => {
  test.each([
    [
      'Verbraucherzentrale NRW asks a Cologne court',
      'verbraucherzentrale-nrw-asks-a-cologne-court',
    ],
    ['Kölner Gericht: Anhörung über Meta', 'koelner-gericht-anhoerung-ueber-meta'],
    ["Meta's plan & noyb's letter", 'metas-plan-and-noybs-letter'],
  ])('turns "%s" into "%s"', (text, slug) => {
    expect(slugFromText(text)).toBe(slug);
  });

  test('cuts a long title at a word boundary', () => {
    const slug = slugFromText(
      'a very long title that goes on and on about the many things a court said in its ruling',
    );
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('a-very-long-title-that-goes-on-and-on-about-the-many-things');
  });
});

describe('eventSlug', () => {
  test.each([
    ['2025-05-23', 'Cologne court denies injunction', '2025-05-23-cologne-court-denies-injunction'],
    ['2025-04', 'Meta announces', '2025-04-meta-announces'],
    ['2025', 'A year', '2025-a-year'],
    ['../2025-05-23', 'Request', '2025-05-23-request'],
    ['2025-05-14/2025-05-23', 'Hearings', '2025-05-14-hearings'],
    ['2025-05?', 'Perhaps', '2025-05-perhaps'],
  ])('names an event dated %s "%s" %s', (date, title, slug) => {
    expect(eventSlug(parseEventDate(date), title)).toBe(slug);
  });
});
