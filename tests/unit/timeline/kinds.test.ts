import { describe, expect, test } from 'vitest';
import { EVENT_KINDS } from '../../../src/schemas/enums';
import {
  KIND_GROUPS,
  KIND_STYLE,
  kindGroupOf,
  paletteStyle,
} from '../../../src/lib/timeline/kinds';
import { DARK_PALETTE, LIGHT_PALETTE } from '../../../src/lib/embed/theme';

/** Return the WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const v = parseInt(hex.slice(i, i + 2), 16) / 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('KIND_STYLE', () => {
  test.each(
    KIND_GROUPS.flatMap((g) => [
      [g, 'light', KIND_STYLE[g].light, LIGHT_PALETTE['--ct-bg']!],
      [g, 'light surface', KIND_STYLE[g].light, LIGHT_PALETTE['--ct-surface']!],
      [g, 'dark', KIND_STYLE[g].dark, DARK_PALETTE['--ct-bg']!],
      [g, 'dark surface', KIND_STYLE[g].dark, DARK_PALETTE['--ct-surface']!],
    ]),
  )('draws %s in the %s theme at 3:1 or more against the background', (_, __, colour, bg) => {
    expect(contrast(colour, bg)).toBeGreaterThanOrEqual(3);
  });

  test('gives each family its own shape', () => {
    expect(new Set(KIND_GROUPS.map((g) => KIND_STYLE[g].shape)).size).toBe(KIND_GROUPS.length);
  });
});

describe('kindGroupOf', () => {
  test.each([
    ['ruling', 'decision'],
    ['decision', 'decision'],
    ['letter', 'filing'],
    ['application', 'filing'],
    ['filing', 'filing'],
    ['announcement', 'announcement'],
    ['report', 'report'],
    ['deadline', 'deadline'],
  ] as const)('puts a %s among the %s family', (kind, group) => {
    expect(kindGroupOf(kind)).toBe(group);
  });

  test('places every kind of the schema in a family', () => {
    for (const kind of EVENT_KINDS) expect(KIND_GROUPS).toContain(kindGroupOf(kind));
  });
});

describe('paletteStyle', () => {
  test('declares one light-dark colour per family', () => {
    const style = paletteStyle();
    for (const g of KIND_GROUPS)
      expect(style).toContain(
        `--tl-k-${g}:light-dark(${KIND_STYLE[g].light},${KIND_STYLE[g].dark})`,
      );
  });
});
