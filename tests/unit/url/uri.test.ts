import addFormats from 'ajv-formats';
import Ajv from 'ajv';
import { describe, expect, test } from 'vitest';
import { encodeUri, hasOnlyUriCharacters } from '../../../src/lib/url/uri';

// The data API's JSON Schema checks URLs with ajv-formats' `uri`; the content check must agree.
const ajv = new Ajv();
addFormats(ajv, ['uri']);
const isApiUri = ajv.compile({ type: 'string', format: 'uri' });

describe('hasOnlyUriCharacters', () => {
  test.each([
    ['https://example.org/ruling.pdf', true],
    ['https://example.org/a?b=c&d=e#f', true],
    ['https://example.org/K%C3%B6ln', true],
    ['https://example.org/a b', false],
    ['https://example.org/"x"', false],
    ['https://example.org/<x>', false],
    ['https://example.org/Köln', false],
    ['https://example.org/{x}', false],
    ['https://example.org/a|b', false],
    ['https://example.org/%zz', false],
  ])('judges %j: %s, as the API schema does', (url, ok) => {
    expect(hasOnlyUriCharacters(url)).toBe(ok);
    expect(isApiUri(url)).toBe(ok);
  });
});

describe('encodeUri', () => {
  test.each([
    ['https://example.org/a "b" <c>', 'https://example.org/a%20%22b%22%20%3Cc%3E'],
    ['https://example.org/Köln', 'https://example.org/K%C3%B6ln'],
    ['https://example.org/a|b^c', 'https://example.org/a%7Cb%5Ec'],
    ['not a url', undefined],
  ])('encodes %j as %j, which the API schema accepts', (url, expected) => {
    const encoded = encodeUri(url);
    expect(encoded).toBe(expected);
    if (encoded) expect(isApiUri(encoded)).toBe(true);
  });
});
