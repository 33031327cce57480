import { describe, expect, test } from 'vitest';
import {
  highlightPattern,
  highlightRanges,
  highlightTerms,
  MAX_TERMS,
} from '../../../src/lib/search/highlight';

const terms = (query: string) => highlightTerms(new URLSearchParams(query));

describe('highlightTerms', () => {
  test.each([
    ['highlight=injunction', ['injunction']],
    ['highlight=opt&highlight=out', ['opt', 'out']],
    ['highlight=opt%20out', ['opt', 'out']],
    ['highlight=t&highlight=out', ['out']],
    ['highlight=%22GDPR%22,', ['gdpr']],
    ['highlight=Meta&highlight=meta', ['meta']],
    ['q=injunction', []],
  ])('reads "%s" as %j', (query, expected) => {
    expect(terms(query)).toEqual(expected);
  });

  test(`keeps at most ${MAX_TERMS} words`, () => {
    const query = Array.from({ length: 30 }, (_, i) => `highlight=word${i}`).join('&');
    expect(terms(query)).toHaveLength(MAX_TERMS);
  });
});

describe('highlightPattern', () => {
  test('is undefined without terms, so nothing is marked', () => {
    expect(highlightPattern([])).toBeUndefined();
  });
});

describe('highlightRanges', () => {
  const marked = (text: string, words: string[]) =>
    highlightRanges(text, highlightPattern(words)!).map(([a, b]) => text.slice(a, b));

  test.each([
    ['An injunction, denied.', ['injunction'], ['injunction']],
    ['Meta would train; training began', ['train'], ['train', 'training']],
    ['restrain the trainer', ['train'], ['trainer']],
    ['users can opt out (opt-out)', ['opt', 'out'], ['opt', 'out', 'opt', 'out']],
    ['Verbraucherzentrale NRW', ['verbraucherzentrale'], ['Verbraucherzentrale']],
    ['a (b) c.*', ['.*'], []],
  ])('marks words starting with the terms in "%s"', (text, words, expected) => {
    expect(marked(text, words)).toEqual(expected);
  });
});
