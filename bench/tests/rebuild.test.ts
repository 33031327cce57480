import { describe, expect, test } from 'vitest';
import { corpusEventFile, editTitle } from '../lib/rebuild';

describe('editTitle', () => {
  test.each([
    ['title: Synthetic event 5\nsummary: s\n', 'title: Synthetic event 5 (edited)\nsummary: s\n'],
    ["---\ntitle: 'Quoted: title'\n---\n", "---\ntitle: 'Quoted: title (edited)'\n---\n"],
    ['date: x\ntitle: "A"\n', 'date: x\ntitle: "A (edited)"\n'],
  ])('changes only the title of %j', (text, edited) => {
    expect(editTitle(text)).toBe(edited);
  });
  test('fails on a file without a title', () => {
    expect(() => editTitle('summary: no title\n')).toThrow(/no "title:" line/);
  });
});

describe('corpusEventFile', () => {
  test.each([
    [0, 'c/events/batch-0/bench-event-00000.mdx'],
    [500, 'c/events/batch-1/bench-event-00500.mdx'],
    [12_345, 'c/events/batch-24/bench-event-12345.mdx'],
  ])('event %i is in %s', (i, file) => {
    expect(corpusEventFile('c', i)).toBe(file);
  });
});
