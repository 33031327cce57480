import { describe, expect, test } from 'vitest';
import {
  acceptResizeMessage,
  createResizeMessage,
  MAX_FRAME_HEIGHT,
  readResizeMessage,
} from '../../../src/lib/embed/messages';

describe('createResizeMessage', () => {
  test.each([
    [480, 480],
    [480.2, 481],
    [-5, 0],
    [1e9, MAX_FRAME_HEIGHT],
  ])('posts %d as { type: "casetrail:resize", height: %d }', (height, expected) => {
    expect(createResizeMessage(height)).toStrictEqual({
      type: 'casetrail:resize',
      height: expected,
    });
  });
  test('survives structured cloning unchanged', () => {
    expect(structuredClone(createResizeMessage(612))).toStrictEqual({
      type: 'casetrail:resize',
      height: 612,
    });
  });
});

describe('readResizeMessage', () => {
  test('reads the height of a resize message', () =>
    expect(readResizeMessage({ type: 'casetrail:resize', height: 733 })).toBe(733));
  test.each([
    null,
    undefined,
    'casetrail:resize',
    733,
    {},
    { type: 'casetrail:resize' },
    { type: 'casetrail:resize', height: '733' },
    { type: 'casetrail:resize', height: NaN },
    { type: 'casetrail:resize', height: Infinity },
    { type: 'casetrail:resize', height: -1 },
    { type: 'casetrail:resize', height: MAX_FRAME_HEIGHT + 1 },
    { type: 'other:resize', height: 733 },
    { type: 'CASETRAIL:RESIZE', height: 733 },
  ])('ignores %j', (data) => expect(readResizeMessage(data)).toBeNull());
});

describe('acceptResizeMessage', () => {
  const frame = { name: 'the iframe window' };
  const expected = { origin: 'https://casetrail.example', source: frame };
  const data = { type: 'casetrail:resize', height: 900 };

  test('accepts a resize message from the Casetrail origin and its own iframe', () => {
    expect(
      acceptResizeMessage({ origin: 'https://casetrail.example', source: frame, data }, expected),
    ).toBe(900);
  });
  test.each([
    ['another origin', { origin: 'https://evil.example', source: frame, data }],
    [
      'a look-alike origin',
      { origin: 'https://casetrail.example.evil.example', source: frame, data },
    ],
    ['another port', { origin: 'https://casetrail.example:8443', source: frame, data }],
    ['http instead of https', { origin: 'http://casetrail.example', source: frame, data }],
    ['the null origin', { origin: 'null', source: frame, data }],
    [
      'another window of the right origin',
      { origin: 'https://casetrail.example', source: { name: 'another frame' }, data },
    ],
    ['no source', { origin: 'https://casetrail.example', source: null, data }],
    [
      'a malformed message',
      {
        origin: 'https://casetrail.example',
        source: frame,
        data: { type: 'casetrail:resize', height: 'big' },
      },
    ],
  ])('ignores a message from %s', (_, event) =>
    expect(acceptResizeMessage(event, expected)).toBeNull(),
  );
  test('ignores every message while the iframe has no window', () => {
    expect(
      acceptResizeMessage(
        { origin: 'https://casetrail.example', source: null, data },
        { origin: 'https://casetrail.example', source: null },
      ),
    ).toBeNull();
  });
});
