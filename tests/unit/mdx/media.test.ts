import { describe, expect, test } from 'vitest';
import { checkMedia, isImageUrl, mediaInBody, quoteInBody } from '../../../src/lib/mdx/media';

describe('checkMedia', () => {
  test.each([
    [
      { src: ' https://example.org/a.jpg ', credit: 'An agency', caption: '' },
      { src: 'https://example.org/a.jpg', credit: 'An agency', caption: undefined },
    ],
    [{ src: 'http://example.org/page' }, { src: 'http://example.org/page' }],
  ])('keeps %j', (props, media) => {
    expect(checkMedia(props, 'events/a.mdx')).toEqual(media);
  });

  test.each([
    [{ src: 'javascript:alert(1)' }, 'found "javascript:alert(1)"'],
    [{ src: '//example.org/a.jpg' }, 'found "//example.org/a.jpg"'],
    [{}, 'found no src'],
  ])('refuses %j, naming the file, the attribute and the fix', (props, found) => {
    expect(() => checkMedia(props, 'events/a.mdx')).toThrow(
      `events/a.mdx: <Media src>: ${found}; expected the http(s) address of the picture or page, like <Media src="https://example.org/photo.jpg"`,
    );
  });
});

describe('isImageUrl', () => {
  test.each([
    ['https://upload.wikimedia.org/x/A_photo.JPG', true],
    ['https://example.org/a.png?width=200', true],
    ['https://example.org/talk.mp3', false],
    ['https://example.org/wiki/Page', false],
  ])('says %s is an image: %s', (src, image) => {
    expect(isImageUrl(src)).toBe(image);
  });
});

describe('mediaInBody', () => {
  test('returns every Media in order, skipping one without an http(s) src', () => {
    const body = [
      '<Media src="https://example.org/a.jpg" credit="An agency" caption=\'The "hall"\' />',
      'Text between.',
      '<Media src="ftp://example.org/b" />',
      '<Media caption="Second" src="https://example.org/c" />',
    ].join('\n\n');
    expect(mediaInBody(body)).toEqual([
      { src: 'https://example.org/a.jpg', credit: 'An agency', caption: 'The "hall"' },
      { src: 'https://example.org/c', caption: 'Second' },
    ]);
  });

  test('finds nothing in a body without Media', () => {
    expect(mediaInBody('A <Cite id="a" /> citation.')).toEqual([]);
  });
});

describe('quoteInBody', () => {
  test.each([
    [
      '<Quote source="ada">Sorting is \\{mostly\\} \\<waiting\\>.</Quote>',
      { source: 'ada', text: 'Sorting is {mostly} <waiting>.' },
    ],
    ['<Quote source="a">\n  Two\n  lines.\n</Quote>', { source: 'a', text: 'Two lines.' }],
    ['No quotation here.', undefined],
  ])('reads %j', (body, quote) => {
    expect(quoteInBody(body)).toEqual(quote);
  });
});
