import { describe, expect, test } from 'vitest';
import { spellingVariants, stripDiacritics, transliterate } from '../../../src/lib/search/variants';

describe('stripDiacritics', () => {
  test.each([
    ['Köln', 'Koln'],
    ['Łódź', 'Lodz'],
    ['Straße', 'Strasse'],
    ['Søren', 'Soren'],
    ['Cologne', 'Cologne'],
  ])('%s → %s', (name, stripped) => {
    expect(stripDiacritics(name)).toBe(stripped);
  });
});

describe('transliterate', () => {
  test.each([
    ['Köln', 'Koeln'],
    ['Düsseldorf', 'Duesseldorf'],
    ['ÖVP', 'OeVP'],
    ['Straße', 'Strasse'],
    ['Århus', 'Aarhus'],
    ['Łódź', 'Lodz'],
    // Decomposed input (o + combining diaeresis) reads the same as the composed letter.
    ['Ko\u0308ln', 'Koeln'],
  ])('%s → %s', (name, written) => {
    expect(transliterate(name)).toBe(written);
  });
});

describe('spellingVariants', () => {
  test.each([
    [['Gericht in Köln'], ['Gericht in Koeln', 'Gericht in Koln']],
    [['Łódź'], ['Lodz']],
    [['Cologne court', 'Meta'], []],
    [['Köln', 'Koeln'], ['Koln']],
  ])('%j → %j', (names, variants) => {
    expect(spellingVariants(names)).toEqual(variants);
  });
});
