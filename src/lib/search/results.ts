import { humanise } from '../labels';
import { excerptToParts, type ExcerptPart } from './excerpt';
import { FILTER_LABELS, type FilterName } from './filters';
import { facetValueLabel, type FacetLabels } from './facets';
import type { SearchState } from './query';

/** The part of a Pagefind result's `data()` the search UI reads. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
}

/** A result as the search page and the header dialog show it. */
export interface ResultView {
  url: string;
  title: string;
  /** Date as shown, kind (or page type) and case, in that order, each only when known. */
  details: string[];
  excerpt: ExcerptPart[];
}

/** Return what a result shows: its title, its details line and its excerpt split into runs. */
export function toResultView(data: PagefindResultData): ResultView {
  const { meta } = data;
  // Only events have a kind; cases and actors say what they are instead.
  const type = data.filters?.type?.[0];
  const kindOrType = meta.kind ?? (type ? humanise(type) : undefined);
  // A case page's own title is its case; repeating it adds nothing.
  const caseText = meta.case && meta.case !== meta.title ? meta.case : undefined;
  const details = [meta.date, kindOrType, caseText].filter((d): d is string => Boolean(d));
  return {
    url: data.url,
    title: meta.title || data.url,
    details,
    excerpt: excerptToParts(data.excerpt),
  };
}

/** Return the sentence the live region announces: how many results, for what. */
export function describeResults(count: number, state: SearchState, labels: FacetLabels): string {
  const noun = count === 1 ? 'result' : 'results';
  const what = state.query ? ` for “${state.query}”` : '';
  const narrowed = (Object.entries(state.filters) as [FilterName, string][]).map(
    ([name, value]) =>
      `${FILTER_LABELS[name].toLowerCase()}: ${facetValueLabel(labels, name, value)}`,
  );
  const within = narrowed.length > 0 ? ` (${narrowed.join(', ')})` : '';
  return `${count === 0 ? 'No' : count} ${noun}${what}${within}.`;
}
