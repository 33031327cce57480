import { describe, expect, test } from 'vitest';
import { parseEventDate } from '../../../src/lib/dates';
import { actorJsonLd } from '../../../src/lib/jsonld/actor';
import { caseJsonLd } from '../../../src/lib/jsonld/case';
import { toJsonLdDates } from '../../../src/lib/jsonld/dates';
import { eventJsonLd } from '../../../src/lib/jsonld/event';
import { createPaths } from '../../../src/lib/paths';
import { sampleModel } from '../../helpers/sample-model';

const ctx = { paths: createPaths('/kb/'), site: 'https://casetrail.example' };
const roundTrip = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('toJsonLdDates', () => {
  test.each([
    ['2025-05-23', { startDate: '2025-05-23', temporalCoverage: '2025-05-23' }],
    ['2025-04', { startDate: '2025-04', temporalCoverage: '2025-04' }],
    ['2025', { startDate: '2025', temporalCoverage: '2025' }],
    ['2025-05-23~', { startDate: '2025-05-23', temporalCoverage: '2025-05-23' }],
    ['../2025-05-23', { endDate: '2025-05-23', temporalCoverage: '../2025-05-23' }],
    ['[..2025-05]', { endDate: '2025-05', temporalCoverage: '../2025-05' }],
    ['2025-05-14/..', { startDate: '2025-05-14', temporalCoverage: '2025-05-14/..' }],
    [
      '2025-04/2025-06-02',
      { startDate: '2025-04', endDate: '2025-06-02', temporalCoverage: '2025-04/2025-06-02' },
    ],
  ])('gives %s the ISO 8601 dates %j, never more precise than the source', (edtf, dates) => {
    expect(toJsonLdDates(parseEventDate(edtf))).toEqual(dates);
  });
});

describe('eventJsonLd', () => {
  const model = sampleModel([
    {
      id: 'ruling',
      date: '2025-05-23',
      fields: { court: 'sample-court', tags: ['GDPR'], updated: '2025-06-01' },
    },
    { id: 'letter', date: '2025-04', fields: { jurisdiction: 'EU', status: 'scheduled' } },
  ]);

  test('is an Event and a CreativeWork with dates, the court as location, the case as about and the sources as citations', () => {
    const ld = roundTrip(eventJsonLd(model, model.eventsById.get('ruling')!, ctx));
    expect(ld).toEqual({
      '@context': 'https://schema.org',
      '@type': ['Event', 'CreativeWork'],
      '@id': 'https://casetrail.example/kb/events/ruling/',
      url: 'https://casetrail.example/kb/events/ruling/',
      name: 'Event ruling',
      description: 'A synthetic event.',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      isPartOf: { '@type': 'WebSite', name: 'Casetrail', url: 'https://casetrail.example/kb/' },
      startDate: '2025-05-23',
      temporalCoverage: '2025-05-23',
      location: {
        '@type': 'Place',
        name: 'Sample Court',
        url: 'https://casetrail.example/kb/actors/sample-court/',
        address: { '@type': 'PostalAddress', addressCountry: 'DE' },
      },
      about: [
        {
          '@type': 'CreativeWork',
          name: 'Sample Case',
          url: 'https://casetrail.example/kb/cases/sample-case/',
        },
      ],
      citation: [
        {
          '@type': 'CreativeWork',
          name: 'First source',
          publisher: { '@type': 'Organization', name: 'Example Press' },
          datePublished: '2024-02',
          url: 'https://example.org/1',
          archivedAt: 'https://web.archive.org/web/1/https://example.org/1',
          inLanguage: 'de',
        },
        { '@type': 'CreativeWork', name: 'Second source' },
      ],
      datePublished: '2024-01-11',
      dateModified: '2025-06-01',
      keywords: 'GDPR',
    });
  });

  test('keeps a month a month, names the jurisdiction when there is no court, and marks a scheduled event', () => {
    const ld = eventJsonLd(model, model.eventsById.get('letter')!, ctx);
    expect(ld).toMatchObject({
      startDate: '2025-04',
      eventStatus: 'https://schema.org/EventScheduled',
      location: { '@type': 'AdministrativeArea', name: 'European Union' },
    });
  });
});

describe('caseJsonLd', () => {
  test('names only the listed events of a big case, at their places in the whole case', () => {
    const model = sampleModel([
      { id: 'a', date: '2019-03-01' },
      { id: 'b', date: '2020-05-23' },
      { id: 'c', date: '2020-06-01' },
    ]);
    const listed = model.events.slice(1);
    const ld = roundTrip(caseJsonLd(model.cases.get('sample-case')!, model.events, ctx, listed));
    expect(ld.mainEntity.numberOfItems).toBe(3);
    expect(
      ld.mainEntity.itemListElement.map((i: { position: number; name: string }) => [
        i.position,
        i.name,
      ]),
    ).toEqual([
      [2, 'Event b'],
      [3, 'Event c'],
    ]);
  });

  test('lists the events oldest first, each with its own dates', () => {
    const model = sampleModel([
      { id: 'b', date: '2025-05-23' },
      { id: 'a', date: '../2025-05-01' },
    ]);
    const ld = roundTrip(caseJsonLd(model.cases.get('sample-case')!, model.events, ctx));
    expect(ld.mainEntity).toMatchObject({
      '@type': 'ItemList',
      numberOfItems: 2,
      itemListOrder: 'https://schema.org/ItemListOrderAscending',
    });
    expect(
      ld.mainEntity.itemListElement.map((i: { position: number; item: unknown }) => [
        i.position,
        i.item,
      ]),
    ).toEqual([
      [
        1,
        {
          '@type': 'Event',
          '@id': 'https://casetrail.example/kb/events/a/',
          name: 'Event a',
          url: 'https://casetrail.example/kb/events/a/',
          endDate: '2025-05-01',
        },
      ],
      [
        2,
        {
          '@type': 'Event',
          '@id': 'https://casetrail.example/kb/events/b/',
          name: 'Event b',
          url: 'https://casetrail.example/kb/events/b/',
          startDate: '2025-05-23',
        },
      ],
    ]);
  });
});

describe('actorJsonLd', () => {
  const model = sampleModel([]);
  test.each([
    [
      'sample-court',
      {
        '@type': 'GovernmentOrganization',
        name: 'Sample Court',
        address: { '@type': 'PostalAddress', addressCountry: 'DE' },
      },
    ],
    ['sample-ngo', { '@type': 'NGO', alternateName: ['SN'] }],
    ['sample-person', { '@type': 'Person', name: 'Sam Ple' }],
  ])('describes %s as %j', (id, expected) => {
    const ld = actorJsonLd(model.actors.get(id)!, ctx);
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      mainEntityOfPage: `https://casetrail.example/kb/actors/${id}/`,
      ...expected,
    });
  });

  test('gives a person no address, since a country in the sources may not be where they live', () => {
    expect(actorJsonLd(model.actors.get('sample-person')!, ctx)).not.toHaveProperty('address');
  });
});

describe('siteJsonLd', () => {
  test('event and case pages name their licence and the site they belong to', () => {
    const model = sampleModel([{ id: 'ruling', date: '2025-05-23' }]);
    const pages = [
      roundTrip(eventJsonLd(model, model.eventsById.get('ruling')!, ctx)),
      roundTrip(caseJsonLd(model.cases.get('sample-case')!, model.events, ctx)),
    ];
    for (const ld of pages) {
      expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
      expect(ld.isPartOf).toEqual({
        '@type': 'WebSite',
        name: 'Casetrail',
        url: 'https://casetrail.example/kb/',
      });
    }
  });
});
