import { describe, expect, test } from 'vitest';
import {
  mediaElement,
  readMedia,
  sourceIdFor,
  titleFromUrl,
  webUrl,
} from '../../../src/lib/import/media';
import { sourceFor } from '../../../src/lib/import/source';
import { mediaInBody } from '../../../src/lib/mdx/media';

describe('webUrl', () => {
  test.each([
    ['https://example.org/a.jpg', 'https://example.org/a.jpg'],
    [
      '//upload.wikimedia.org/wikipedia/commons/0/00/A.jpg',
      'https://upload.wikimedia.org/wikipedia/commons/0/00/A.jpg',
    ],
    ['  http://example.org/x  ', 'http://example.org/x'],
    ['ftp://example.org/a', undefined],
    ['example.org/a', undefined],
    ['//localhost', undefined],
  ])('reads %j as %j', (given, url) => {
    expect(webUrl(given)).toBe(url);
  });
});

describe('readMedia', () => {
  test.each([
    [
      { url: '//upload.wikimedia.org/a/b.jpg', credit: 'An archive', caption: '<b>A</b> page' },
      {
        kind: 'web',
        url: 'https://upload.wikimedia.org/a/b.jpg',
        audio: false,
        credit: 'An archive',
        caption: 'A page',
      },
    ],
    [
      { url: 'https://example.org/talk.mp3' },
      {
        kind: 'web',
        url: 'https://example.org/talk.mp3',
        audio: true,
        credit: '',
        caption: '',
      },
    ],
    [
      { url: '<blockquote>Said <i>once</i>.</blockquote>', credit: 'A speaker' },
      { kind: 'quote', text: 'Said once.', credit: 'A speaker', caption: '' },
    ],
    [
      { url: '<iframe src="https://example.org"></iframe>' },
      {
        kind: 'unusable',
        what: 'is an embedded <iframe>, not a web address',
        credit: '',
        caption: '',
      },
    ],
    [{ credit: 'Only a credit' }, { kind: 'none', credit: 'Only a credit', caption: '' }],
  ])('reads %j', (media, expected) => {
    expect(readMedia(media)).toEqual(expected);
  });
});

describe('titleFromUrl', () => {
  test.each([
    ['https://en.example.org/wiki/Roman_Empire', 'Roman Empire (en.example.org)'],
    [
      'https://www.example.org/maps/@51.5072178,-0.1275862,17z/data=!3m1!4b1?entry=ttu',
      'example.org',
    ],
    ['https://example.org/', 'example.org'],
    ['https://example.org/report-on-the-year.pdf', 'report on the year (example.org)'],
  ])('names %s "%s"', (url, title) => {
    expect(titleFromUrl(url)).toBe(title);
  });
});

describe('sourceIdFor', () => {
  test.each([
    [{ title: 'A page', publisher: 'Example Gazette' }, false, 'example-gazette'],
    [{ title: 'Dr. Example' }, false, 'dr-example'],
    [{ title: 'Roman Empire', url: 'https://en.wikipedia.org/wiki/Roman' }, true, 'wikipedia'],
    [{ title: 'maps', url: 'https://maps.example.org/@1,2' }, true, 'example'],
  ])('gives %j the id %s', (source, fromUrl, id) => {
    expect(sourceIdFor(source, fromUrl)).toBe(id);
  });
});

describe('sourceFor', () => {
  const none = { kind: 'none', credit: '', caption: '' } as const;

  test.each([
    [
      'a credit alone is the title, not repeated as the publisher',
      { kind: 'none', credit: 'Dr. Example', caption: '' } as const,
      { id: 'dr-example', title: 'Dr. Example', publisher: undefined, kind: 'secondary' },
    ],
    [
      'a caption is the title and the credit the publisher',
      {
        kind: 'web',
        url: 'https://example.org/a.jpg',
        audio: false,
        credit: 'An agency',
        caption: 'A photo',
      } as const,
      {
        id: 'an-agency',
        title: 'A photo',
        publisher: 'An agency',
        url: 'https://example.org/a.jpg',
        kind: 'secondary',
      },
    ],
    [
      'an address alone gives a readable title and an id from the site name',
      {
        kind: 'web',
        url: 'https://en.example.org/wiki/Sorting_network',
        audio: false,
        credit: '',
        caption: '',
      } as const,
      {
        id: 'example',
        title: 'Sorting network (en.example.org)',
        publisher: undefined,
        url: 'https://en.example.org/wiki/Sorting_network',
        kind: 'secondary',
      },
    ],
  ])('%s', (_, media, source) => {
    expect(sourceFor(undefined, media, '', undefined, undefined, [])).toEqual(source);
  });

  test.each([
    [
      { kind: 'quote', text: 'Said.', credit: '', caption: '' } as const,
      'no source: the media is a quotation with no credit; pass --source-title',
    ],
    [
      { kind: 'unusable', what: '"x" is not a web address', credit: '', caption: '' } as const,
      'no source: the media "x" is not a web address, and there is no media credit',
    ],
    [none, 'no source: the slide has no media credit or url'],
  ])('refuses %j without --source-title: %s', (media, reason) => {
    expect(() => sourceFor(undefined, media, '', undefined, undefined, [])).toThrow(reason);
  });

  test("takes the source's address from media.link, where the picture leads", () => {
    expect(
      sourceFor(
        undefined,
        {
          kind: 'web',
          url: 'https://example.org/photo.jpg',
          audio: false,
          credit: 'A paper',
          caption: 'A report',
        },
        '',
        'https://example.org/article',
        undefined,
        [],
      ),
    ).toMatchObject({ title: 'A report', url: 'https://example.org/article' });
  });

  test('uses --source-title for a quotation without a credit', () => {
    expect(
      sourceFor(
        undefined,
        { kind: 'quote', text: 'Said.', credit: '', caption: '' },
        '',
        undefined,
        { title: 'A book', publisher: 'A press' },
        [],
      ),
    ).toEqual({ id: 'a-press', title: 'A book', publisher: 'A press', kind: 'secondary' });
  });
});

describe('mediaElement', () => {
  test.each([
    [
      { url: 'https://example.org/a?b=1&c=2', credit: 'An agency', caption: 'A {brace} <tag>' },
      '<Media src="https://example.org/a?b=1&c=2" credit="An agency" caption="A {brace} <tag>" />',
    ],
    [
      { url: 'https://example.org/a', credit: '', caption: 'The "Great" hall' },
      `<Media src="https://example.org/a" caption='The "Great" hall' />`,
    ],
    [
      { url: 'https://example.org/a', credit: "O'Brien", caption: `The "Great" hall's door` },
      '<Media src="https://example.org/a" credit="O\'Brien" caption="The \u201cGreat\u201d hall\'s door" />',
    ],
  ])('writes %j as an element the body reads back', (media, mdx) => {
    expect(mediaElement(media)).toBe(mdx);
    const [read] = mediaInBody(mdx);
    expect(read?.src).toBe(media.url);
  });
});
