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
  /** What identifies the page, by its type (see resultDetails), each part only when known. */
  details: string[];
  excerpt: ExcerptPart[];
}

/**
 * Return the details line of a result: what identifies a page of its type. An event: its date
 * as shown, its kind, its case. A case: that it is a case, its status and the span of its
 * events. An actor: its kind (court, company…) and its cases. Never an event's date on a case or
 * an actor.
 */
export function resultDetails(
  meta: PagefindResultData['meta'],
  type: string | undefined,
): string[] {
  const parts =
    type === 'case'
      ? ['Case', meta.status, meta.span]
      : type === 'actor'
        ? [meta.kind ?? 'Actor', meta.case]
        : type === 'event'
          ? [meta.date, meta.kind, meta.case]
          : [type ? humanise(type) : undefined];
  return parts.filter((d): d is string => Boolean(d));
}

/** Return what a result shows: its title, its details line and its excerpt split into runs. */
export function toResultView(data: PagefindResultData): ResultView {
  const { meta } = data;
  const details = resultDetails(meta, meta.type ?? data.filters?.type?.[0]);
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

/** What the search page says when a search finds nothing. */
export interface NoResults {
  /** The sentence that explains it. */
  message: string;
  /** The label of the button that clears the filters, or undefined when clearing would not help. */
  clear?: string;
  /** Whether to suggest other words (the words themselves match nothing). */
  tips: boolean;
}

/**
 * Return what to say when a search finds nothing: when filters emptied the results, say so and
 * how many results the words have without them, and offer to clear the filters; otherwise, that
 * the words match nothing.
 */
export function describeNoResults(
  state: SearchState,
  unfilteredCount: number,
  labels: FacetLabels,
): NoResults {
  const what = `“${state.query}”`;
  const filters = (Object.entries(state.filters) as [FilterName, string][]).map(
    ([name, value]) =>
      `${FILTER_LABELS[name].toLowerCase()}: ${facetValueLabel(labels, name, value)}`,
  );
  if (state.query && filters.length > 0 && unfilteredCount > 0) {
    const noun = unfilteredCount === 1 ? 'result' : 'results';
    const them = filters.length === 1 ? 'this filter' : 'these filters';
    return {
      message: `No results for ${what} with ${them} (${filters.join(', ')}). Without ${filters.length === 1 ? 'it' : 'them'}, ${what} has ${unfilteredCount} ${noun}.`,
      clear: `Clear filters and show ${unfilteredCount} ${noun}`,
      tips: false,
    };
  }
  return {
    message: state.query
      ? `Nothing matches ${what}.`
      : `No page has every filter you chose (${filters.join(', ')}).`,
    ...(filters.length > 0 ? { clear: 'Clear filters' } : {}),
    tips: state.query !== '',
  };
}
