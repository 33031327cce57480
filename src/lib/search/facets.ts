import { EVENT_KINDS, EVENT_STATUSES, CASE_STATUSES } from '../../schemas/enums';
import { enumLabel, eventStatusLabel, humanise, jurisdictionLabel } from '../labels';
import type { Model } from '../model/types';
import { yearsOfDate } from './attributes';
import { FILTER_NAMES, PAGE_TYPES, type FilterName } from './filters';

/** Reader-facing names of facet values, by facet then value (`actor → court-cologne → Court in Cologne`). */
export type FacetLabels = Record<FilterName, Record<string, string>>;

/** One value of a facet as the search page lists it. */
export interface FacetOption {
  value: string;
  label: string;
  count: number;
  selected: boolean;
}

/** Return the names of every facet value the knowledge base can produce. */
export function buildFacetLabels(model: Model): FacetLabels {
  const labels = Object.fromEntries(FILTER_NAMES.map((name) => [name, {}])) as FacetLabels;
  for (const type of PAGE_TYPES) labels.type[type] = `${humanise(type)}s`;
  for (const [id, kase] of model.cases) labels.case[id] = kase.data.title;
  for (const [id, actor] of model.actors) {
    labels.actor[id] = actor.data.name;
    labels.court[id] = actor.data.name;
  }
  for (const kind of EVENT_KINDS) labels.kind[kind] = enumLabel(kind);
  for (const status of EVENT_STATUSES) labels.status[status] = eventStatusLabel(status);
  for (const status of CASE_STATUSES) labels.status[status] = `${enumLabel(status)} (case)`;
  const codes = [
    ...model.events.map((e) => e.data.jurisdiction),
    ...[...model.cases.values()].flatMap((c) => c.data.jurisdictions),
  ];
  for (const code of codes) if (code) labels.jurisdiction[code] = jurisdictionLabel(code);
  for (const event of model.events) {
    for (const year of yearsOfDate(event.data.date)) labels.year[year] = year;
  }
  return labels;
}

/** Return a facet value's name for readers, or the value itself when it has none. */
export function facetValueLabel(labels: FacetLabels, name: FilterName, value: string): string {
  return Object.hasOwn(labels[name], value) ? (labels[name][value] ?? value) : value;
}

/**
 * Return the values of one facet to list: those with results, plus the selected one even at zero
 * (so it can be cleared). Years come newest first; other values by count, then name.
 */
export function facetOptions(
  name: FilterName,
  counts: Record<string, number>,
  selected: string | undefined,
  labels: FacetLabels,
): FacetOption[] {
  const options = Object.entries(counts)
    .filter(([value, count]) => count > 0 || value === selected)
    .map(([value, count]) => ({
      value,
      count,
      label: facetValueLabel(labels, name, value),
      selected: value === selected,
    }));
  if (selected !== undefined && !options.some((o) => o.selected)) {
    options.push({
      value: selected,
      count: 0,
      label: facetValueLabel(labels, name, selected),
      selected: true,
    });
  }
  if (name === 'year') return options.sort((a, b) => b.value.localeCompare(a.value));
  return options.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}
