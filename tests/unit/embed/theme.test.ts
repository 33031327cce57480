import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  adaptCssForShadow,
  BASE_PROPERTIES,
  DARK_PALETTE,
  documentThemeCss,
  hostThemeCss,
  LIGHT_PALETTE,
} from '../../../src/lib/embed/theme';
import { ROOT } from '../../helpers/site';

const GLOBAL_CSS = readFileSync(join(ROOT, 'src/styles/global.css'), 'utf8');

/** Return the custom properties declared in the first `:root { … }` block after `from`. */
function rootProperties(css: string, from = 0): Record<string, string> {
  const start = css.indexOf(':root', from);
  const body = css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/(--ct-[\w-]+)\s*:\s*([^;]+);/g)].map(([, name, value]) => [
      name,
      value!.trim(),
    ]),
  );
}

describe('the embed palettes', () => {
  test('match the light colours, font and radius of src/styles/global.css', () => {
    const site = rootProperties(GLOBAL_CSS);
    for (const [name, value] of Object.entries({ ...LIGHT_PALETTE, ...BASE_PROPERTIES }))
      expect([name, site[name]]).toEqual([name, value]);
  });
  test('match the dark colours of src/styles/global.css', () => {
    const site = rootProperties(GLOBAL_CSS, GLOBAL_CSS.indexOf('prefers-color-scheme: dark'));
    expect(site).toEqual(DARK_PALETTE);
  });
});

describe('hostThemeCss', () => {
  test('defaults to light, follows a dark system unless theme="light", and obeys theme="dark"', () => {
    const css = hostThemeCss();
    expect(css).toContain(`:host{`);
    expect(css).toMatch(
      /@media \(prefers-color-scheme: dark\)\{:host\(:not\(\[theme=light\]\)\)\{--ct-bg:#141417/,
    );
    expect(css).toMatch(/:host\(\[theme=dark\]\)\{--ct-bg:#141417/);
  });
});

describe('documentThemeCss', () => {
  test('forces each theme from <html data-theme>', () => {
    expect(documentThemeCss()).toMatch(
      /:root\[data-theme=light\]\{--ct-bg:#fdfdfc.*color-scheme:light\}/,
    );
    expect(documentThemeCss()).toMatch(
      /:root\[data-theme=dark\]\{--ct-bg:#141417.*color-scheme:dark\}/,
    );
  });
});

describe('adaptCssForShadow', () => {
  test.each([
    ['.a{font-size:0.9rem}', '.a{font-size:calc(0.9 * var(--ct-rem))}'],
    ['.a{margin:1rem 0 1.5rem}', '.a{margin:calc(1 * var(--ct-rem)) 0 calc(1.5 * var(--ct-rem))}'],
    [
      '.a{width:min(20rem, calc(100% - 1rem))}',
      '.a{width:min(calc(20 * var(--ct-rem)), calc(100% - calc(1 * var(--ct-rem))))}',
    ],
    ['.a{margin:.5rem}', '.a{margin:calc(.5 * var(--ct-rem))}'],
    ['.a{margin:0.2em;padding:3px}', '.a{margin:0.2em;padding:3px}'],
    [
      '@media (max-width: 30rem) { .a { margin: 1rem } }',
      '@media (max-width: 30rem) { .a { margin: calc(1 * var(--ct-rem)) } }',
    ],
    [
      '@container (min-width: 35rem) { .a { gap: 2rem } }',
      '@container (min-width: 35rem) { .a { gap: calc(2 * var(--ct-rem)) } }',
    ],
  ])('rewrites %s', (css, expected) => expect(adaptCssForShadow(css)).toBe(expected));
});
