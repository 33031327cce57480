import { DateError, formatEventDate, parseEventDate } from '../dates';
import { nearIds } from '../model/problems';
import { ID_PATTERN } from '../paths';

/** The answers gathered so far, by flag name. */
export type Answers = Record<string, string | undefined>;

/** One thing the scaffold asks for: its flag, its question, and how to check an answer. */
export interface FieldSpec {
  /** The flag, without dashes: `source-title`. */
  flag: string;
  /** The prompt shown in interactive mode. */
  question: string;
  required: boolean;
  /** Return the answer normalised, or throw an Error whose message says what is expected. */
  check?: (value: string, answers: Answers) => string;
  /** The answer used when none is given (shown in brackets when prompting). */
  fallback?: (answers: Answers) => string | undefined;
  /** Ask for it only with a flag, never in the prompts. */
  flagOnly?: boolean;
  /** Take the flag more than once; answers are joined with newlines. */
  multiple?: boolean;
  /** Return how a valid typed answer will be read, echoed back to the editor ("→ April 2025"). */
  echo?: (value: string) => string;
}

/** Return a check that accepts one of a list, with a "did you mean" hint otherwise. */
export function oneOf(values: readonly string[], what: string): (value: string) => string {
  return (value) => {
    if (values.includes(value)) return value;
    const near = nearIds(value, values);
    const hint = near.length > 0 ? `did you mean "${near[0]}"? ` : '';
    throw new Error(`"${value}" is not a known ${what}; ${hint}use one of: ${values.join(', ')}`);
  };
}

/** Check an EDTF date and return it unchanged. */
export function checkDate(value: string): string {
  try {
    parseEventDate(value);
    return value;
  } catch (error) {
    if (error instanceof DateError) throw new Error(error.message, { cause: error });
    throw error;
  }
}

/** Return how a valid EDTF date will be shown, for the prompt's confirmation line. */
export function describeDate(value: string): string {
  return formatEventDate(parseEventDate(value));
}

/** Check an http(s) address. */
export function checkUrl(value: string): string {
  if (/^https?:\/\/[^\s/]+\.[^\s]+$/i.test(value) && URL.canParse(value)) return value;
  throw new Error(
    `"${value}" is not a web address; expected one starting with https:// or http://`,
  );
}

/** Check an id written by hand: lower-case words joined by hyphens. */
export function checkId(value: string): string {
  if (ID_PATTERN.test(value)) return value;
  throw new Error(
    `"${value}" is not an id; expected lower-case words joined by hyphens, like court-cologne`,
  );
}

/** Check a non-empty line of text. */
export function checkText(value: string): string {
  const text = value.trim();
  if (text === '') throw new Error('expected some text');
  return text;
}
