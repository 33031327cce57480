import { describe, expect, test } from 'vitest';
import { alternateLinks, scopeOfPath } from '../../../src/lib/feeds/discovery';
import { makeModel, rawEvent, TEST_URLS } from '../../helpers/model';

describe('scopeOfPath', () => {
  test.each([
    ['/kb/cases/case-a/', '/kb/', { kind: 'case', id: 'case-a' }],
    ['/kb/cases/case-a', '/kb/', { kind: 'case', id: 'case-a' }],
    ['/kb/actors/court-a/', '/kb', { kind: 'actor', id: 'court-a' }],
    ['/events/e-1/index.html', '/', { kind: 'event', id: 'e-1' }],
    ['/kb/cases/', '/kb/', { kind: 'other' }],
    ['/cases/case-a/', '/kb/', { kind: 'other' }],
    ['/kb/', '/kb/', { kind: 'other' }],
  ])('reads %s under %s as %j', (path, base, scope) => {
    expect(scopeOfPath(path, base)).toEqual(scope);
  });
});

describe('alternateLinks', () => {
  const model = makeModel(
    { e: rawEvent({ cases: ['case-a', 'case-b'] }) },
    { 'case-b': { title: 'Case B', summary: 'B.', status: 'ongoing', published: '2025-06-01' } },
  );
  const site = [
    'https://casetrail.test/kb/rss.xml',
    'https://casetrail.test/kb/feed.json',
    'https://casetrail.test/kb/calendar.ics',
  ];

  test.each([
    [{ kind: 'other' } as const, site],
    [
      { kind: 'case', id: 'case-a' } as const,
      [
        'https://casetrail.test/kb/cases/case-a/rss.xml',
        'https://casetrail.test/kb/cases/case-a/calendar.ics',
        ...site,
      ],
    ],
    [
      { kind: 'actor', id: 'court-a' } as const,
      ['https://casetrail.test/kb/actors/court-a/rss.xml', ...site],
    ],
    [
      { kind: 'event', id: 'e' } as const,
      [
        'https://casetrail.test/kb/cases/case-a/rss.xml',
        'https://casetrail.test/kb/cases/case-a/calendar.ics',
        'https://casetrail.test/kb/cases/case-b/rss.xml',
        'https://casetrail.test/kb/cases/case-b/calendar.ics',
        ...site,
      ],
    ],
    [{ kind: 'case', id: 'no-such-case' } as const, site],
  ])('announces for %j the feeds %j, most specific first', (scope, hrefs) => {
    expect(alternateLinks(model, scope, TEST_URLS).map((l) => l.href)).toEqual(hrefs);
  });

  test('titles each feed so a reader can tell them apart', () => {
    expect(
      alternateLinks(model, { kind: 'case', id: 'case-a' }, TEST_URLS).map(
        (l) => `${l.type} ${l.title}`,
      ),
    ).toEqual([
      'application/rss+xml Case A (RSS)',
      'text/calendar Case A (calendar)',
      'application/rss+xml Casetrail: all events (RSS)',
      'application/feed+json Casetrail: all events (JSON Feed)',
      'text/calendar Casetrail: all events (calendar)',
    ]);
  });
});
