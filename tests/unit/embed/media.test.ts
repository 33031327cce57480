import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { createCardMedia } from '../../../src/embed/media';
import { cardMediaView } from '../../../src/lib/mdx/media';

const { document } = parseHTML('<!doctype html><html><body></body></html>');

// linkedom writes attributes last-set first.
describe('createCardMedia', () => {
  test.each([
    [
      'a picture, lazy, with its caption as alt text and its credit under it',
      { src: 'https://x.test/court.jpg', caption: 'The court', credit: 'Photo: A' },
      '<figure part="media" class="card-media"><img decoding="async" loading="lazy" alt="The court" src="https://x.test/court.jpg"><figcaption><span class="credit">Photo: A</span></figcaption></figure>',
    ],
    [
      'a picture without caption or credit as decoration',
      { src: 'https://x.test/court.png' },
      '<figure part="media" class="card-media"><img decoding="async" loading="lazy" alt="" src="https://x.test/court.png"></figure>',
    ],
    [
      'a page as a link with its credit',
      { src: 'https://x.test/letter', caption: 'The letter', credit: 'A paper' },
      '<p part="media" class="card-media"><a target="_top" href="https://x.test/letter">The letter</a> · <span class="credit">A paper</span></p>',
    ],
    [
      'markup in a caption or credit as text, never as elements',
      { src: 'https://x.test/letter', caption: '<img src=x onerror=alert(1)>', credit: '<b>A</b>' },
      '<p part="media" class="card-media"><a target="_top" href="https://x.test/letter">&lt;img src=x onerror=alert(1)&gt;</a> · <span class="credit">&lt;b&gt;A&lt;/b&gt;</span></p>',
    ],
  ])('shows %s', (_, media, html) => {
    expect(createCardMedia(document, cardMediaView(media)).outerHTML).toBe(html);
  });
});
