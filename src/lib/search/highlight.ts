import { HIGHLIGHT_PARAM } from './filters';

/** At most this many words are highlighted, each at most MAX_TERM_LENGTH characters. */
export const MAX_TERMS = 10;
export const MAX_TERM_LENGTH = 50;

/**
 * Return the words to highlight from a page's URL (`?highlight=opt&highlight=out`): split on
 * spaces, without one-letter words (they would mark half the page), without duplicates.
 */
export function highlightTerms(params: URLSearchParams): string[] {
  const words = params
    .getAll(HIGHLIGHT_PARAM)
    .flatMap((value) => value.split(/\s+/))
    .map((word) => word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase())
    .filter((word) => [...word].length >= 2 && word.length <= MAX_TERM_LENGTH);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/** Return a pattern matching whole words that start with any of the terms (Pagefind matches stems and prefixes too). */
export function highlightPattern(terms: string[]): RegExp | undefined {
  if (terms.length === 0) return undefined;
  const escaped = [...terms]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu');
}

/** Return the [start, end) ranges of a text that a pattern from highlightPattern marks. */
export function highlightRanges(text: string, pattern: RegExp): [number, number][] {
  const ranges: [number, number][] = [];
  for (const match of text.matchAll(new RegExp(pattern.source, pattern.flags))) {
    ranges.push([match.index, match.index + match[0].length]);
  }
  return ranges;
}
