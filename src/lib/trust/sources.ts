// How a list of sources reads: the language by name, the kind in words, and what an event rests on.
import type { Source } from '../../schemas/source';

const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** Return a BCP 47 language tag's English name ("en" → "English", "de" → "German"). */
export function languageLabel(tag: string): string {
  try {
    return LANGUAGES.of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/** What "primary" and "secondary" mean, said once above every list of sources. */
export const SOURCE_KINDS_EXPLAINED =
  'A primary source is the document itself: the ruling, the letter, the company’s own post. A secondary source reports on it, as the press does.';

/** Return "Primary source" or "Secondary source". */
export function sourceKindLabel(kind: Source['kind']): string {
  return kind === 'primary' ? 'Primary source' : 'Secondary source';
}

/** Return the plain warning for an event that rests only on secondary sources, or undefined. */
export function onlySecondaryNote(sources: Pick<Source, 'kind'>[]): string | undefined {
  if (sources.length === 0 || sources.some((s) => s.kind === 'primary')) return undefined;
  return sources.length === 1
    ? 'This entry rests on one secondary source, a report about the event; no primary document is cited.'
    : `This entry rests on ${sources.length} secondary sources, reports about the event; no primary document is cited.`;
}
