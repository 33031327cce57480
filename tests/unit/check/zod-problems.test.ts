import { describe, expect, test } from 'vitest';
import { describeFound, fieldPath } from '../../../src/lib/check/zod-problems';

describe('fieldPath', () => {
  test.each([
    [['sources', 0, 'url'], 'sources[0].url'],
    [['actors', 1, 'id'], 'actors[1].id'],
    [['title'], 'title'],
    [[], ''],
  ])('writes %j as %s', (path, text) => {
    expect(fieldPath(path)).toBe(text);
  });
});

describe('describeFound', () => {
  test.each([
    [undefined, 'nothing'],
    ['verdict', '"verdict"'],
    [[], '[]'],
    [new Date(Date.UTC(2025, 4, 23)), '2025-05-23'],
    ['x'.repeat(100), `"${'x'.repeat(76)}...`],
  ])('quotes %j as %s', (value, text) => {
    expect(describeFound(value)).toBe(text);
  });
});
