import type { EventKind } from '../../schemas/enums';

/** The five families of event kinds the chart tells apart, each by its own shape and colour. */
export const KIND_GROUPS = ['decision', 'filing', 'announcement', 'report', 'deadline'] as const;
export type KindGroup = (typeof KIND_GROUPS)[number];

/**
 * Which family each kind of src/schemas/enums.ts belongs to: what an authority decides, what a
 * party files or sends, what someone says in public, what is reported, and what is set for a date.
 */
export const KIND_GROUP: Readonly<Record<EventKind, KindGroup>> = {
  ruling: 'decision',
  decision: 'decision',
  settlement: 'decision',
  'regulatory-action': 'decision',
  legislation: 'decision',
  letter: 'filing',
  complaint: 'filing',
  application: 'filing',
  filing: 'filing',
  appeal: 'filing',
  announcement: 'announcement',
  statement: 'announcement',
  report: 'report',
  deadline: 'deadline',
  hearing: 'deadline',
};

/** Each family as the legend words it, its shape, and its colour (light, dark). */
export const KIND_STYLE: Readonly<
  Record<
    KindGroup,
    {
      label: string;
      shape: 'diamond' | 'square' | 'circle' | 'triangle' | 'bowtie';
      light: string;
      dark: string;
    }
  >
> = {
  decision: { label: 'Ruling or decision', shape: 'diamond', light: '#b3261e', dark: '#ff8a80' },
  filing: {
    label: 'Filing, application or letter',
    shape: 'square',
    light: '#0b57b0',
    dark: '#8ab4f8',
  },
  announcement: {
    label: 'Announcement or statement',
    shape: 'circle',
    light: '#8a5a00',
    dark: '#f3c26b',
  },
  report: { label: 'Report', shape: 'triangle', light: '#1e7a3c', dark: '#7fd18b' },
  deadline: { label: 'Deadline or hearing', shape: 'bowtie', light: '#7b2cbf', dark: '#d0a8ff' },
};

/** Return the family of an event kind. */
export function kindGroupOf(kind: EventKind): KindGroup {
  return KIND_GROUP[kind] ?? 'announcement';
}

/**
 * Return the inline style that gives a timeline its kind colours as custom properties. `light-dark()`
 * follows the `color-scheme` the page (or the widget's `theme`) sets, so one declaration serves both.
 */
export function paletteStyle(): string {
  return KIND_GROUPS.map(
    (g) => `--tl-k-${g}:light-dark(${KIND_STYLE[g].light},${KIND_STYLE[g].dark})`,
  ).join(';');
}

/** Return the SVG path of a kind's symbol of radius r centred on (x, y). */
export function symbolPath(
  shape: (typeof KIND_STYLE)[KindGroup]['shape'],
  x: number,
  y: number,
  r: number,
): string {
  const f = (n: number) => Math.round(n * 10) / 10;
  switch (shape) {
    case 'diamond':
      return `M${f(x)},${f(y - r - 1)}L${f(x + r + 1)},${f(y)}L${f(x)},${f(y + r + 1)}L${f(x - r - 1)},${f(y)}Z`;
    case 'square':
      return `M${f(x - r + 0.5)},${f(y - r + 0.5)}H${f(x + r - 0.5)}V${f(y + r - 0.5)}H${f(x - r + 0.5)}Z`;
    case 'triangle':
      return `M${f(x)},${f(y - r - 1)}L${f(x + r + 1)},${f(y + r)}H${f(x - r - 1)}Z`;
    case 'bowtie':
      return `M${f(x - r)},${f(y - r)}H${f(x + r)}L${f(x - r)},${f(y + r)}H${f(x + r)}Z`;
    default:
      return `M${f(x - r)},${f(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0Z`;
  }
}
