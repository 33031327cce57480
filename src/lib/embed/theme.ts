// The site's colours for the embed: the widget's shadow root cannot see the page's :root, so it
// declares them itself. src/styles/global.css holds the same values for the site;
// tests/unit/embed/theme.test.ts fails when the two drift apart.

/** Custom properties that do not change with the theme. */
export const BASE_PROPERTIES: Readonly<Record<string, string>> = {
  '--ct-font': "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif",
  '--ct-radius': '6px',
};

/** The light palette. */
export const LIGHT_PALETTE: Readonly<Record<string, string>> = {
  '--ct-bg': '#fdfdfc',
  '--ct-surface': '#f2f1ee',
  '--ct-text': '#1b1b1f',
  '--ct-muted': '#55555e',
  '--ct-border': '#d4d2cc',
  '--ct-link': '#0b57b0',
  '--ct-accent': '#8a3b12',
  '--ct-focus': '#c2410c',
  '--ct-scheduled': '#6d28d9',
  '--ct-cancelled': '#9f1239',
};

/** The dark palette. */
export const DARK_PALETTE: Readonly<Record<string, string>> = {
  '--ct-bg': '#141417',
  '--ct-surface': '#1f1f24',
  '--ct-text': '#ececef',
  '--ct-muted': '#a8a8b3',
  '--ct-border': '#3a3a42',
  '--ct-link': '#8ab4f8',
  '--ct-accent': '#f0a36f',
  '--ct-focus': '#fdba74',
  '--ct-scheduled': '#c4b5fd',
  '--ct-cancelled': '#fda4af',
};

function declarations(
  properties: Readonly<Record<string, string>>,
  scheme: 'light' | 'dark',
): string {
  return `${Object.entries(properties)
    .map(([name, value]) => `${name}:${value}`)
    .join(';')};color-scheme:${scheme}`;
}

/**
 * Return the CSS that gives a shadow host the site's colours: light, dark when the system
 * prefers it, and `theme="light"` / `theme="dark"` forcing one. Rules on `:host` lose to the
 * host page's own rules for the element, so a page can set any `--ct-*` property on it.
 */
export function hostThemeCss(): string {
  const base = Object.entries(BASE_PROPERTIES)
    .map(([name, value]) => `${name}:${value}`)
    .join(';');
  return [
    `:host{${base};--ct-rem:16px;${declarations(LIGHT_PALETTE, 'light')}}`,
    `@media (prefers-color-scheme: dark){:host(:not([theme=light])){${declarations(DARK_PALETTE, 'dark')}}}`,
    `:host([theme=dark]){${declarations(DARK_PALETTE, 'dark')}}`,
  ].join('\n');
}

/** Return the CSS that lets a page force a theme with `<html data-theme="light|dark">`. */
export function documentThemeCss(): string {
  return [
    `:root[data-theme=light]{${declarations(LIGHT_PALETTE, 'light')}}`,
    `:root[data-theme=dark]{${declarations(DARK_PALETTE, 'dark')}}`,
  ].join('\n');
}

/**
 * Return a stylesheet made for a page, rewritten for a shadow root: `rem` resolves against the
 * host page's root font size, which the host may set to anything, so lengths in rem become
 * multiples of `--ct-rem`. Lengths in media and container conditions stay (var() is not
 * allowed there, and those follow the reader's settings, not the page's).
 */
export function adaptCssForShadow(css: string): string {
  return css.replace(
    /(@(?:media|container|supports)[^{]*)|(\d*\.?\d+)rem\b/g,
    (_match, condition: string | undefined, n: string | undefined) =>
      condition ?? `calc(${n} * var(--ct-rem))`,
  );
}
