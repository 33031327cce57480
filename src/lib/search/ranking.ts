/**
 * How Pagefind ranks matches in the hidden metadata of a page (its `data-pagefind-meta`
 * fields), beside its text. The search page, the header dialog and the build tests pass the
 * same weights, so the tests rank as readers see it.
 *
 * - `when`: the words of an event's date as the sources give it (`2025-05-23`, "23 May 2025",
 *   "May 2025"): a typed date ranks the events of that date first.
 * - `around`: the same for dates known only roughly or from one side ("on or before").
 * - `terms`: other names of the actors (aliases, other languages, spellings without diacritics),
 *   jurisdictions and docket numbers, which the page's text may not contain.
 */
export const META_WEIGHTS = {
  title: 5,
  when: 8,
  around: 4,
  terms: 4,
  kind: 1,
  date: 1,
  summary: 1,
} as const;

/** The `ranking` option of `pagefind.options()`. */
export const PAGEFIND_RANKING = { metaWeights: META_WEIGHTS };
