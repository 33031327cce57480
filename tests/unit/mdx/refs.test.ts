import { describe, expect, test } from 'vitest';
import { citeSource, currentEvent, resolveEventRef } from '../../../src/lib/mdx/refs';
import { sampleModel } from '../../helpers/sample-model';

const model = sampleModel([
  { id: '2025-05-23-ruling', date: '2025-05-23' },
  { id: '2025-04-announcement', date: '2025-04' },
]);
const event = model.eventsById.get('2025-05-23-ruling')!;

describe('citeSource', () => {
  test.each([
    ['first', 1],
    ['second', 2],
  ])('numbers source "%s" as note %i, its place in the source list', (id, number) => {
    expect(citeSource(event, id, 'Cite')).toMatchObject({ number, anchor: `source-${id}` });
  });

  test('fails with the file, the id and the ids the event has', () => {
    expect(() => citeSource(event, 'thrid', 'Cite')).toThrow(
      'events/sample-case/2025-05-23-ruling.mdx: <Cite>: found the source id "thrid"; expected one of "first", "second"',
    );
  });
});

describe('resolveEventRef', () => {
  test('shows the other event with its title and its date at its precision', () => {
    expect(resolveEventRef(model, 'x.mdx', '2025-04-announcement')).toEqual({
      id: '2025-04-announcement',
      title: 'Event 2025-04-announcement',
      when: 'April 2025',
      datetime: '2025-04',
    });
  });

  test('fails with the file, the id and the nearest ids', () => {
    expect(() => resolveEventRef(model, 'x.mdx', '2025-04-anouncement')).toThrow(
      'x.mdx: <EventRef id>: found "2025-04-anouncement"; expected the id of a known event; did you mean "2025-04-announcement"?',
    );
  });
});

describe('currentEvent', () => {
  test('refuses to render outside an event page', () => {
    expect(() => currentEvent(model, undefined, 'Quote')).toThrow(
      "<Quote> can only be used in an event's body",
    );
  });
});
