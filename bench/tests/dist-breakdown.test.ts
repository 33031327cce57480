import { describe, expect, test } from 'vitest';
import { breakDown, folderOf, topRows, typeOf } from '../lib/dist-breakdown';

describe('folderOf', () => {
  test.each([
    ['events/x/index.html', 'events/'],
    ['og/events/x.png', 'og/'],
    ['index.html', '(root)'],
    ['pagefind\\fragment\\a.pf_fragment', 'pagefind/'],
  ])('%s counts under %s', (path, folder) => {
    expect(folderOf(path)).toBe(folder);
  });
});

describe('typeOf', () => {
  test.each([
    ['a/index.HTML', '.html'],
    ['og/x.png', '.png'],
    ['pagefind/fragment/en_1.pf_fragment', '.pf_fragment'],
    ['_headers', '(none)'],
  ])('%s is %s', (path, type) => {
    expect(typeOf(path)).toBe(type);
  });
});

describe('breakDown', () => {
  const files = [
    { path: 'events/a/index.html', bytes: 300 },
    { path: 'events/b/index.html', bytes: 200 },
    { path: 'og/a.png', bytes: 900 },
    { path: 'index.html', bytes: 100 },
  ];
  test('sums bytes and files by folder and by type, largest first', () => {
    expect(breakDown(files)).toEqual({
      bytes: 1500,
      files: 4,
      byFolder: [
        { name: 'og/', bytes: 900, files: 1 },
        { name: 'events/', bytes: 500, files: 2 },
        { name: '(root)', bytes: 100, files: 1 },
      ],
      byType: [
        { name: '.png', bytes: 900, files: 1 },
        { name: '.html', bytes: 600, files: 3 },
      ],
    });
  });
});

describe('topRows', () => {
  const rows = [
    { name: 'a', bytes: 80, files: 1 },
    { name: 'b', bytes: 15, files: 2 },
    { name: 'c', bytes: 3, files: 3 },
    { name: 'd', bytes: 2, files: 4 },
  ];
  test.each([
    [0.95, ['a', 'b', 'other (2)']],
    [0.5, ['a', 'other (3)']],
    [1, ['a', 'b', 'c', 'd']],
  ])('keeps the rows holding %s of the space, the rest as one', (share, names) => {
    const out = topRows(rows, share);
    expect(out.map((r) => r.name)).toEqual(names);
    expect(out.reduce((sum, r) => sum + r.bytes, 0)).toBe(100);
    expect(out.reduce((sum, r) => sum + r.files, 0)).toBe(10);
  });
});
