import { describe, expect, test } from 'vitest';
import { buildModelFromRaw } from '../../../src/harness/model';
import { exampleQueries } from '../../../src/lib/search/examples';
import { searchFixtureModel } from '../../fixtures/search-model';

describe('exampleQueries', () => {
  test('draws its examples from the content: top court, top other actors, top kind', () => {
    // The fixture: Regional Court is the court of two events; Acme Corp is in three, Consumer
    // League and Privacy Group in one each, and ties go to the earlier event (Privacy Group's
    // letter, then the ruling); every kind occurs once, so the earliest one wins.
    expect(exampleQueries(searchFixtureModel())).toEqual([
      'Regional Court',
      'Acme Corp',
      'Privacy Group',
      'announcement',
    ]);
  });

  test('offers none for an empty knowledge base', () => {
    const empty = buildModelFromRaw([]);
    expect(exampleQueries(empty.model)).toEqual([]);
  });
});
