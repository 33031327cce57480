import { parseHTML } from 'linkedom';
import { describe, expect, test } from 'vitest';
import { buildApiCase } from '../../../src/lib/data/api';
import { apiCaseToEmbed } from '../../../src/lib/embed/from-api';
import { createCardMedia } from '../../../src/embed/content';
import { schemaValidator } from '../../helpers/schema';
import { makeModel, rawEvent, TEST_URLS } from '../../helpers/model';

const model = makeModel({
  pictured: rawEvent({ date: '2025-05-23' }),
  recorded: rawEvent({ date: '2025-05-24' }),
  plain: rawEvent({ date: '2025-05-25' }),
});
const bodies: Record<string, string> = {
  pictured:
    '<Media src="https://example.org/a.jpg" credit="An agency" caption="The hall" />\n\n<Media src="https://example.org/b.png" />',
  recorded: 'Text first.\n\n<Media src="https://example.org/talk.mp3" credit="A radio" />',
  plain: 'No media.',
};
for (const event of model.events) event.body = bodies[event.id];
const doc = JSON.parse(JSON.stringify(buildApiCase(model, 'case-a', TEST_URLS))) as ReturnType<
  typeof buildApiCase
>;

describe('buildApiCase media', () => {
  test('gives every Media of an event, in body order, in a document the schema accepts', () => {
    expect(doc.events.map((e) => e.media)).toEqual([
      [
        { url: 'https://example.org/a.jpg', credit: 'An agency', caption: 'The hall' },
        { url: 'https://example.org/b.png', credit: null, caption: null },
      ],
      [{ url: 'https://example.org/talk.mp3', credit: 'A radio', caption: null }],
      [],
    ]);
    expect(schemaValidator('case-v1.json')(doc)).toEqual([]);
  });
});

describe('apiEventToTimeline media', () => {
  test('gives the widget the first media of each event, and none to a document without media', () => {
    expect(apiCaseToEmbed(doc).events.map((e) => e.media)).toEqual([
      { src: 'https://example.org/a.jpg', credit: 'An agency', caption: 'The hall' },
      { src: 'https://example.org/talk.mp3', credit: 'A radio' },
      undefined,
    ]);
    const old = { ...doc, events: doc.events.map(({ media: _, ...e }) => e) };
    expect(apiCaseToEmbed(old).events.every((e) => e.media === undefined)).toBe(true);
  });

  test('drops an address that is not http(s)', () => {
    const bad = {
      ...doc,
      events: doc.events.map((e) => ({
        ...e,
        media: [{ url: 'javascript:alert(1)', credit: null, caption: null }],
      })),
    };
    expect(apiCaseToEmbed(bad).events.every((e) => e.media === undefined)).toBe(true);
  });
});

describe('createCardMedia', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');

  const view = (el: HTMLElement) => ({
    tag: el.tagName.toLowerCase(),
    part: el.getAttribute('part'),
    img: el.querySelector('img') && {
      src: el.querySelector('img')?.getAttribute('src'),
      alt: el.querySelector('img')?.getAttribute('alt'),
    },
    link: el.querySelector('a') && {
      href: el.querySelector('a')?.getAttribute('href'),
      target: el.querySelector('a')?.getAttribute('target'),
      text: el.querySelector('a')?.textContent,
    },
    credit: el.querySelector('.credit')?.textContent,
    text: el.textContent,
  });

  test.each([
    [
      { src: 'https://example.org/a.jpg', credit: 'An <agency>', caption: 'The hall' },
      {
        tag: 'figure',
        part: 'media',
        img: { src: 'https://example.org/a.jpg', alt: 'The hall' },
        link: null,
        credit: 'An <agency>',
        text: 'An <agency>',
      },
    ],
    [
      { src: 'https://example.org/talk.mp3', credit: 'A radio' },
      {
        tag: 'p',
        part: 'media',
        img: null,
        link: { href: 'https://example.org/talk.mp3', target: '_top', text: 'example.org' },
        credit: 'A radio',
        text: 'example.org · A radio',
      },
    ],
    [
      { src: 'https://www.example.org/page', caption: 'The ruling' },
      {
        tag: 'p',
        part: 'media',
        img: null,
        link: { href: 'https://www.example.org/page', target: '_top', text: 'The ruling' },
        credit: undefined,
        text: 'The ruling',
      },
    ],
  ])('shows %j', (media, expected) => {
    expect(view(createCardMedia(document, media))).toEqual(expected);
  });
});
