import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  CARD_FONT_FILES,
  cardFonts,
  renderCardPng,
  titleSize,
  truncate,
} from '../../../src/lib/og/card';
import { caseCardText, eventCardText } from '../../../src/lib/og/text';
import { ROOT } from '../../helpers/site';
import { sampleModel } from '../../helpers/sample-model';
import { pngSize } from '../../helpers/png';

describe('renderCardPng', () => {
  test('renders a 1200×630 PNG with the shipped fonts, German and Polish letters included', async () => {
    const fonts = cardFonts(
      CARD_FONT_FILES.map((f) => readFileSync(join(ROOT, 'src/assets/fonts', f.file))),
    );
    const png = await renderCardPng(
      {
        kicker: 'Ruling · Germany',
        title: 'Landgericht Köln: Straße, Łódź, ő',
        date: 'April 2025',
        footer: 'Sample Case',
        siteName: 'Casetrail',
      },
      fonts,
    );
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  }, 30_000);
});

describe('truncate and titleSize', () => {
  test.each([
    ['short', 10, 'short'],
    ['a title that is far too long for its card', 20, 'a title that is far…'],
  ])('cuts "%s" to %i characters as "%s"', (text, max, cut) => {
    expect(truncate(text, max)).toBe(cut);
  });

  test('sets long titles smaller than short ones', () => {
    expect(titleSize('x'.repeat(120))).toBeLessThan(titleSize('x'.repeat(30)));
  });
});

describe('eventCardText and caseCardText', () => {
  const model = sampleModel([
    { id: 'a', date: '2025-04', fields: { jurisdiction: 'DE' } },
    { id: 'b', date: '../2025-05-23', fields: { status: 'scheduled' } },
  ]);

  test.each([
    ['a', 'Ruling · Germany', 'April 2025'],
    ['b', 'Ruling', 'on or before 23 May 2025 · Scheduled'],
  ])('shows event %s as "%s" with the date "%s"', (id, kicker, date) => {
    expect(eventCardText(model, model.eventsById.get(id)!, 'Casetrail')).toMatchObject({
      kicker,
      date,
      footer: 'Sample Case',
    });
  });

  test('shows a case with the span and count of its events', () => {
    expect(caseCardText(model.cases.get('sample-case')!, model.events, 'Casetrail')).toMatchObject({
      kicker: 'Case · Ongoing',
      date: 'April 2025 – on or before 23 May 2025',
      footer: '2 events · Germany',
    });
  });
});
