import { describe, expect, test } from 'vitest';
import { buildFacetLabels, facetOptions, facetValueLabel } from '../../../src/lib/search/facets';
import { searchFixtureModel } from '../../fixtures/search-model';

const labels = buildFacetLabels(searchFixtureModel());

describe('buildFacetLabels', () => {
  test.each([
    ['actor', 'regional-court', 'Regional Court'],
    ['court', 'regional-court', 'Regional Court'],
    ['case', 'acme-data-case', 'Acme data case'],
    ['kind', 'regulatory-action', 'Regulatory action'],
    ['jurisdiction', 'DE', 'Germany'],
    ['status', 'scheduled', 'Scheduled'],
    ['status', 'ongoing', 'Ongoing (case)'],
    ['type', 'event', 'Events'],
    ['year', '2026', '2026'],
  ] as const)('names %s "%s" as "%s"', (name, value, label) => {
    expect(facetValueLabel(labels, name, value)).toBe(label);
  });

  test.each(['unknown-actor', 'constructor', 'toString'])(
    'falls back to the value itself when "%s" has no name',
    (value) => {
      expect(facetValueLabel(labels, 'actor', value)).toBe(value);
    },
  );

  test('knows every year an event is filed under, and no other', () => {
    expect(Object.keys(labels.year).sort()).toEqual(['2025', '2026']);
  });

  test.each(['constructor', 'toString', '__proto__'])(
    'names the value "%s" as itself, never as something every object inherits',
    (value) => {
      expect(facetValueLabel(labels, 'year', value)).toBe(value);
    },
  );
});

describe('facetOptions', () => {
  test('lists values with results by count, then name, and hides empty ones', () => {
    const options = facetOptions(
      'kind',
      { letter: 1, ruling: 3, hearing: 0, announcement: 1 },
      undefined,
      labels,
    );
    expect(options.map((o) => [o.label, o.count])).toEqual([
      ['Ruling', 3],
      ['Announcement', 1],
      ['Letter', 1],
    ]);
  });

  test('keeps the selected value even when nothing matches it any more, so it can be cleared', () => {
    const options = facetOptions('kind', { ruling: 2 }, 'letter', labels);
    expect(options.find((o) => o.value === 'letter')).toEqual({
      value: 'letter',
      label: 'Letter',
      count: 0,
      selected: true,
    });
  });

  test('lists years newest first', () => {
    expect(
      facetOptions('year', { '2024': 5, '2026': 1, '2025': 2 }, undefined, labels).map(
        (o) => o.value,
      ),
    ).toEqual(['2026', '2025', '2024']);
  });
});
