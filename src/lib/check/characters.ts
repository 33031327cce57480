import type { ContentProblem } from '../model/types';

// Control characters (other than tab, newline and the CR of a CRLF line end) and Unicode
// noncharacters are invisible in an editor, forbidden in HTML, iCalendar and XML, and break CSV.
const FORBIDDEN = /\n|[\p{Cc}\p{Noncharacter_Code_Point}]/gu;
const ALLOWED = new Set(['\t', '\n']);

const NAMES: Record<number, string> = {
  0: 'NUL',
  7: 'BEL',
  8: 'backspace',
  11: 'vertical tab',
  12: 'form feed',
  13: 'carriage return',
  27: 'escape',
  127: 'DEL',
};

/** Return how a code point reads in a message: `U+0007 (BEL)`. */
export function describeCodePoint(char: string): string {
  const code = char.codePointAt(0) ?? 0;
  const hex = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const name = NAMES[code] ?? (/\p{Cc}/u.test(char) ? 'a control character' : 'a noncharacter');
  return `${hex} (${name})`;
}

/** Return a problem for every forbidden character in a file's text, with its line and column. */
export function findForbiddenCharacters(file: string, text: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  let line = 1;
  let lineStart = 0;
  for (const match of text.matchAll(FORBIDDEN)) {
    const char = match[0];
    const index = match.index;
    if (char === '\n') {
      line += 1;
      lineStart = index + 1;
      continue;
    }
    if (ALLOWED.has(char) || (char === '\r' && text[index + 1] === '\n')) continue;
    problems.push({
      file,
      line,
      column: [...text.slice(lineStart, index)].length + 1,
      field: 'text',
      found: `the invisible character ${describeCodePoint(char)}`,
      expected: 'expected plain text: delete it (or write a space)',
      severity: 'error',
    });
    if (problems.length >= 20) break; // a binary file would otherwise fill the screen
  }
  return problems;
}
