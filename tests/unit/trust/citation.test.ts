import { describe, expect, test } from 'vitest';
import { Cite } from '@citation-js/core';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { AST as RisAst } from 'astrocite-ris';
import { parseEventDate } from '../../../src/lib/dates';
import {
  addedUpdated,
  citationFiles,
  lastChange,
  readableCitation,
  toCslDate,
  type Citable,
} from '../../../src/lib/trust/citation';

const page = (published: string, updated?: string, eventDate?: string): Citable => ({
  id: 'court-denies-injunction',
  title: 'Court denies "injunction" & {braces} — Köln',
  url: 'https://casetrail.example/kb/events/court-denies-injunction/',
  siteName: 'Casetrail',
  published: parseEventDate(published),
  updated: updated ? parseEventDate(updated) : undefined,
  eventDate: eventDate ? parseEventDate(eventDate) : undefined,
});

function risFields(ris: string): Record<string, string> {
  const entry = RisAst.parse(ris).children[0]!;
  return Object.fromEntries(entry.properties.map((p) => [p.key, p.value]));
}

describe('citationFiles', () => {
  // [published, updated, the issued date-parts, BibTeX year/month, RIS DA]
  test.each<[string, string | undefined, number[], string, string | undefined, string]>([
    ['2026-11-28', undefined, [2026, 11, 28], '2026', 'nov 28', '2026/11/28/'],
    ['2026-11-28', '2026-12-03', [2026, 12, 3], '2026', 'dec 3', '2026/12/3/'],
    ['2026-11', undefined, [2026, 11], '2026', '11', '2026/11//'],
    ['2026', undefined, [2026], '2026', undefined, '2026///'],
  ])(
    'added %s, updated %s: every format carries the last change at its precision',
    (published, updated, parts, year, month, da) => {
      const files = citationFiles(page(published, updated));

      const csl = new Cite(JSON.parse(files.csl)).data[0]!;
      expect(csl.title).toBe('Court denies "injunction" & {braces} — Köln');
      expect(csl.URL).toBe('https://casetrail.example/kb/events/court-denies-injunction/');
      expect(csl['container-title']).toBe('Casetrail');
      expect(csl.issued).toEqual({ 'date-parts': [parts] });

      const bib = parseBibtex(files.bibtex);
      expect(bib.errors).toEqual([]);
      const entry = bib.entries[0]!;
      expect(entry.key).toBe('court_denies_injunction');
      // LaTeX accents come back decomposed (o + combining diaeresis).
      expect(String(entry.fields.title).normalize('NFC')).toBe(
        'Court denies "injunction" & {braces} — Köln',
      );
      expect(entry.fields.url).toBe('https://casetrail.example/kb/events/court-denies-injunction/');
      expect(entry.fields.year).toBe(year);
      expect(entry.fields.month).toBe(month);

      const ris = risFields(files.ris);
      expect(ris.TI).toBe('Court denies "injunction" & {braces} — Köln');
      expect(ris.UR).toBe('https://casetrail.example/kb/events/court-denies-injunction/');
      expect(ris.PB).toBe('Casetrail');
      expect(ris.DA).toBe(da);
      expect(ris.PY).toBe('2026');
    },
  );

  test.each<[string, unknown]>([
    ['2025-05-23', { 'date-parts': [[2025, 5, 23]] }],
    ['2025-04', { 'date-parts': [[2025, 4]] }],
    ['2025', { 'date-parts': [[2025]] }],
    ['2025-05-23~', { 'date-parts': [[2025, 5, 23]], circa: true }],
    [
      '2025-05-14/2025-05-23',
      {
        'date-parts': [
          [2025, 5, 14],
          [2025, 5, 23],
        ],
      },
    ],
    ['../2025-05-23', { 'date-parts': [[2025, 5, 23]] }],
  ])('CSL-JSON parsed back gives the event date %s as %j', (edtf, expected) => {
    const files = citationFiles(page('2026-11-28', undefined, edtf));
    const csl = new Cite(JSON.parse(files.csl)).data[0]!;
    expect(csl['event-date']).toEqual(expected);
  });
});

describe('toCslDate', () => {
  test.each<[string, number[][]]>([
    ['2025-04', [[2025, 4]]],
    ['2024/2025', [[2024], [2025]]],
    ['2025-05-14/..', [[2025, 5, 14]]],
  ])('%s has date-parts %j', (edtf, parts) => {
    expect(toCslDate(parseEventDate(edtf))['date-parts']).toEqual(parts);
  });
});

describe('addedUpdated', () => {
  test.each([
    ['2026-11-28', undefined, 'Added 28 November 2026'],
    ['2026-11-28', '2026-11-28', 'Added 28 November 2026'],
    ['2026-11-28', '2026-12-03', 'Added 28 November 2026 · Updated 3 December 2026'],
  ])('added %s, updated %s reads "%s"', (published, updated, expected) => {
    expect(
      addedUpdated({
        published: parseEventDate(published),
        updated: updated ? parseEventDate(updated) : undefined,
      }),
    ).toBe(expected);
  });
});

describe('readableCitation', () => {
  test('names the title, the site, the dates and the URL, and leaves the accessed date', () => {
    expect(readableCitation(page('2026-11-28', '2026-12-03'))).toBe(
      '“Court denies "injunction" & {braces} — Köln.” Casetrail, added 28 November 2026, updated 3 December 2026. https://casetrail.example/kb/events/court-denies-injunction/ (accessed [date]).',
    );
  });
});

describe('citationFiles RIS', () => {
  test('keeps a long title, URL and abstract each on one line that a strict parser reads', () => {
    const long = 'x'.repeat(120);
    const files = citationFiles({
      ...page('2026-11-28'),
      title: `A ${long} title`,
      url: `https://casetrail.example/events/${long}/`,
      abstract: `An abstract\nover two lines and ${long}.`,
    });
    const ris = risFields(files.ris);
    expect(ris.TI).toBe(`A ${long} title`);
    expect(ris.UR).toBe(`https://casetrail.example/events/${long}/`);
    expect(ris.AB).toBe(`An abstract over two lines and ${long}.`);
    expect(files.ris.split('\n')[0]).toBe('TY  - ELEC');
    expect(files.ris.split('\n').at(-1)).toBe('ER  - ');
  });
});

describe('lastChange', () => {
  test.each<[string | undefined, string[], string | undefined]>([
    [undefined, [], undefined],
    ['2026-12-03', [], '2026-12-03'],
    [undefined, ['2026-12-01', '2027-01-05'], '2027-01-05'],
    ['2027-02-01', ['2026-12-01'], '2027-02-01'],
    ['2026-12', ['2026-12-20'], '2026-12'],
  ])('updated %s, corrected on %j: the last change is %s', (updated, corrections, expected) => {
    const change = lastChange({
      updated: updated ? parseEventDate(updated) : undefined,
      corrections: corrections.map((d) => ({ date: parseEventDate(d) })),
    });
    expect(change?.edtf).toBe(expected);
  });
});
