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
      { url: 'https://example.org/a.jpg', credit: 'An agency', caption: 'The hall' },
      { url: 'https://example.org/talk.mp3', credit: 'A radio', caption: null },
      undefined,
    ]);
    const old = { ...doc, events: doc.events.map(({ media: _, ...e }) => e) };
    expect(apiCaseToEmbed(old).events.every((e) => e.media === undefined)).toBe(true);
  });
});

describe('createCardMedia', () => {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');

  test.each([
    [
      { url: 'https://example.org/a.jpg', credit: 'An <agency>', caption: 'The hall' },
      { href: 'https://example.org/a.jpg', link: 'The hall', text: 'The hall · An <agency>' },
    ],
    [
      { url: 'https://example.org/talk.mp3', credit: 'A radio', caption: null },
      { href: 'https://example.org/talk.mp3', link: 'Media', text: 'Media · A radio' },
    ],
    [
      { url: 'https://example.org/page', credit: null, caption: 'The ruling' },
      { href: 'https://example.org/page', link: 'The ruling', text: 'The ruling' },
    ],
  ])('links %j with its credit, leaving the top window', (media, expected) => {
    const p = createCardMedia(document, media);
    const a = p.querySelector('a');
    expect({ href: a?.getAttribute('href'), link: a?.textContent, text: p.textContent }).toEqual(
      expected,
    );
    expect(a?.getAttribute('target')).toBe('_top');
  });
});
