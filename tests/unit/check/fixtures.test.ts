import { describe, expect, test } from 'vitest';
import { checkContent } from '../../../src/lib/check/check';
import { readContentTree } from '../../../src/lib/check/read';
import { formatProblem } from '../../../src/lib/model/problems';
import { overlayTree } from '../../helpers/content-tree';

const EVENT = 'events/sample-case/2024-01-10-sample-ruling.mdx';
const TODAY = '2026-11-28';

function findings(fixture: string, staleMonths?: number): string[] {
  const dir = overlayTree(fixture);
  return checkContent(readContentTree(dir, dir), { today: TODAY, staleMonths }).map(formatProblem);
}

describe('checkContent', () => {
  test('finds nothing in the valid base tree', () => {
    expect(findings('base')).toEqual([]);
  });

  test.each([
    [
      'unknown-kind',
      [
        `${EVENT}: kind: found "verdict"; expected an event kind: one of announcement, statement, letter, complaint, application, filing, hearing, ruling, decision, appeal, settlement, regulatory-action, legislation, deadline, report`,
      ],
    ],
    [
      'impossible-date',
      [
        `${EVENT}: date: found "2025-02-30"; expected a real date (February 2025 has 28 days, so day 30 does not exist)`,
      ],
    ],
    [
      'missing-summary',
      [
        `${EVENT}: summary: found nothing; expected one or two sentences as text; this field is required`,
      ],
    ],
    [
      'unknown-field',
      [
        `${EVENT}: title: found nothing; expected a headline as text; this field is required`,
        `${EVENT}: titel: found a field the schema does not know; expected only known fields; did you mean "title"?`,
      ],
    ],
    [
      'no-sources',
      [
        `${EVENT}: sources: found []; expected at least one source: every event cites what it rests on (title, publisher, url if online)`,
      ],
    ],
    [
      'yaml-error',
      [
        `${EVENT}: (YAML line 7): found a YAML syntax error; expected valid YAML; Flow sequence in block collection must be sufficiently indented and end with a ]`,
      ],
    ],
    [
      'no-frontmatter',
      [
        'events/sample-case/2024-02-01-no-fences.mdx: (frontmatter): found no frontmatter; expected the file to start with a --- line, the YAML fields, and a closing --- line',
      ],
    ],
    [
      'unknown-actor',
      [
        `${EVENT}: actors[1].id: found "sample-ngos"; expected the id of a known actor; did you mean "sample-ngo"?`,
      ],
    ],
    [
      'unknown-case',
      [
        `${EVENT}: cases[0]: found "sample-cases"; expected the id of a known case; did you mean "sample-case"?`,
      ],
    ],
    [
      'duplicate-id',
      [
        `${EVENT}: (file name): found the id "2024-01-10-sample-ruling", already used by events/other-case/2024-01-10-sample-ruling.mdx; expected a unique file name in content/events/; rename one of the two files`,
      ],
    ],
    [
      'body-unknown-source',
      [
        `${EVENT}:22:17: <Cite id>: found "sample-rulings"; expected the id of one of this event's sources: "sample-ruling"`,
      ],
    ],
    [
      'body-unknown-event',
      [
        `${EVENT}:22:49: <EventRef id>: found "2024-01-10-sample-rulin"; expected the id of a known event; did you mean "2024-01-10-sample-ruling"?`,
      ],
    ],
  ])('reports the error in fixture %s in one exact line', (fixture, lines) => {
    expect(findings(fixture)).toEqual(lines);
  });

  test.each([
    [
      'scheduled-passed',
      `${EVENT}: warning: status: found "scheduled" for 10 January 2024, which has passed; expected "occurred" or "cancelled" once a source says what happened (or a new date); then set updated: to the day you checked`,
    ],
    [
      'only-secondary',
      `${EVENT}: warning: sources: found only 1 secondary source; expected a primary source too (the ruling, letter or post itself, with kind: primary) where one is public`,
    ],
    [
      'stale-case',
      'cases/sample-case.mdx: warning: status: found "ongoing" with no event since 10 January 2024 (more than 12 months); expected a newer event, or status: decided, appealed or closed if the case has ended',
    ],
    [
      'not-archived',
      `${EVENT}: warning: sources[0].archived: found no archived copy of https://example.org/ruling.pdf; expected a snapshot URL: save the page at https://web.archive.org/save and add archived: with the address it gives`,
    ],
  ])('warns about fixture %s in one exact line', (fixture, line) => {
    expect(findings(fixture)).toEqual([line]);
  });

  test('lets an ongoing case go quiet for as many months as --stale-months allows', () => {
    expect(findings('stale-case', 36)).toEqual([]);
  });
});
