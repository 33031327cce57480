import { describe, expect, test } from 'vitest';
import { buildApiCase } from '../../../src/lib/data/api';
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

describe('buildApiCase media', () => {
  test('gives every Media of an event, in body order, in a document the schema accepts', () => {
    const doc = JSON.parse(JSON.stringify(buildApiCase(model, 'case-a', TEST_URLS))) as ReturnType<
      typeof buildApiCase
    >;
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
