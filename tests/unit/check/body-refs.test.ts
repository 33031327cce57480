import { describe, expect, test } from 'vitest';
import { findBodyRefs } from '../../../src/lib/check/body-refs';

describe('findBodyRefs', () => {
  test('finds each component with its id and the line it is on', () => {
    const body =
      'Text <Cite id="a" />.\n\n<Quote source=\'b\'>\n"Said."\n</Quote>\nSee <EventRef id="2025-05-23-x"/>';
    expect(findBodyRefs(body, 10)).toEqual([
      { component: 'Cite', id: 'a', line: 10 },
      { component: 'Quote', id: 'b', line: 12 },
      { component: 'EventRef', id: '2025-05-23-x', line: 15 },
    ]);
  });

  test('reports a component without its attribute with an empty id', () => {
    expect(findBodyRefs('<Cite />')).toEqual([{ component: 'Cite', id: '', line: 1 }]);
  });
});
