import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import TimelineLegend from '../../../src/components/TimelineLegend.astro';
import { createLegend } from '../../../src/embed/legend';

// Astro annotates elements with their source file in test (dev) mode; the build does not.
const normal = (html: string) =>
  html
    .replace(/ data-astro-source-[a-z]+="[^"]*"/g, '')
    .replace(/\s+/g, ' ')
    .replace(/> </g, '><')
    .replace(/=""/g, '')
    .trim();

describe('createLegend', () => {
  test('draws the same marks with the same words as the site legend', async () => {
    const container = await AstroContainer.create();
    const site = parseHTML(
      `<body>${await container.renderToString(TimelineLegend)}</body>`,
    ).document;
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const embed = createLegend(document);
    const items = (root: ParentNode) =>
      [...root.querySelectorAll('li')].map((li) => [
        normal(li.querySelector('svg')!.innerHTML),
        (li.textContent ?? '').replace(/\s+/g, ' ').trim(),
      ]);
    expect(items(embed)).toEqual(items(site));
    expect(embed.getAttribute('aria-label')).toBe(
      site.querySelector('ul')!.getAttribute('aria-label'),
    );
  });
});
