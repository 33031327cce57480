/** Budgets of bench/budgets.json, checked against the medians of a benchmark run. */
import { ratio } from './stats';

/** The units a figure can have. */
export const UNITS = ['bytes', 'ms', 's', 'MB', 'nodes'] as const;

/** How a figure is written: bytes as KB, times, counts. */
export type Unit = (typeof UNITS)[number];

/** One budget: a limit on one figure, at one corpus size or at every size measured. */
export interface Budget {
  id: string;
  label: string;
  /** The figure's name in a size's figures, e.g. `timeline.firstRenderCpuMs`. */
  metric: string;
  unit: Unit;
  /** The corpus size (events) the budget holds at; absent: every size measured. */
  at?: number;
  /** The figure must not exceed this. */
  max?: number;
  /** The figure must not exceed `maxRatio` × this other figure of the same size (a peer's). */
  relativeTo?: string;
  maxRatio?: number;
  /** `linear`: from each size to the next larger, the figure grows at most as fast as the event count. */
  growth?: 'linear';
  /**
   * Why this budget is known to be exceeded, with where the cost is shown (RESULTS.md). An
   * exceedance with a reason is reported as OVER, not hidden, but does not fail the run; the
   * reason is removed when the cost is fixed.
   */
  known?: string;
}

/** The medians of one corpus size, by figure name; null with a reason when it could not be measured. */
export type SizeFigures = Record<string, number | null>;

/** Every size's figures, and why a figure is missing where it is (by `size:metric` or `metric`). */
export interface Measured {
  sizes: Record<number, SizeFigures>;
  missing: Record<string, string>;
}

/** The outcome of one budget at one size. */
export interface BudgetCheck {
  id: string;
  label: string;
  at: number | null;
  value: number | null;
  limit: number | null;
  unit: Unit;
  status: 'pass' | 'fail' | 'over' | 'near' | 'skip';
  note: string;
}

/** Return budgets.json's budgets, failing with the field to fix when one is malformed. */
export function parseBudgets(json: unknown, file = 'bench/budgets.json'): Budget[] {
  const list = (json as { budgets?: unknown })?.budgets;
  if (!Array.isArray(list))
    throw new Error(
      `${file}: expected { "budgets": [...] }, found ${JSON.stringify(json)?.slice(0, 80)}`,
    );
  return list.map((b: Record<string, unknown>, i) => {
    const where = `${file}: budgets[${i}]${typeof b.id === 'string' ? ` (${b.id})` : ''}`;
    for (const key of ['id', 'label', 'metric', 'unit'] as const) {
      if (typeof b[key] !== 'string')
        throw new Error(`${where}: "${key}" must be a string, found ${JSON.stringify(b[key])}`);
    }
    if (!UNITS.includes(b.unit as Unit))
      throw new Error(
        `${where}: "unit" must be one of ${UNITS.join(', ')}, found ${JSON.stringify(b.unit)}`,
      );
    const kinds = [b.max !== undefined, b.relativeTo !== undefined, b.growth !== undefined].filter(
      Boolean,
    ).length;
    if (kinds !== 1)
      throw new Error(
        `${where}: give exactly one of "max", "relativeTo" (with "maxRatio") or "growth"`,
      );
    if (b.max !== undefined && typeof b.max !== 'number')
      throw new Error(`${where}: "max" must be a number`);
    if (b.relativeTo !== undefined && !(typeof b.maxRatio === 'number' && b.maxRatio > 0))
      throw new Error(`${where}: "relativeTo" needs a numeric "maxRatio" above 0 (⅓ is 0.3333)`);
    if (b.growth !== undefined && b.growth !== 'linear')
      throw new Error(`${where}: "growth" must be "linear", found ${JSON.stringify(b.growth)}`);
    if (b.known !== undefined && (typeof b.known !== 'string' || b.known.trim() === ''))
      throw new Error(
        `${where}: "known" must say why the budget is exceeded and where the cost is shown`,
      );
    if (b.at !== undefined && !(Number.isInteger(b.at) && (b.at as number) > 0))
      throw new Error(`${where}: "at" must be a number of events`);
    return b as unknown as Budget;
  });
}

function missingReason(measured: Measured, size: number, metric: string): string {
  return (
    measured.missing[`${size}:${metric}`] ??
    measured.missing[metric] ??
    `not measured at ${size} events`
  );
}

function checkOne(budget: Budget, measured: Measured, size: number): BudgetCheck {
  const base = { id: budget.id, label: budget.label, at: size, unit: budget.unit };
  const figures = measured.sizes[size];
  const value = figures?.[budget.metric] ?? null;
  if (value === null)
    return {
      ...base,
      value: null,
      limit: null,
      status: 'skip',
      note: missingReason(measured, size, budget.metric),
    };
  if (budget.max !== undefined) {
    return {
      ...base,
      value,
      limit: budget.max,
      status: value <= budget.max ? 'pass' : 'fail',
      note: '',
    };
  }
  const peer = figures?.[budget.relativeTo as string] ?? null;
  if (peer === null)
    return {
      ...base,
      value,
      limit: null,
      status: 'skip',
      note: `${budget.relativeTo}: ${missingReason(measured, size, budget.relativeTo as string)}`,
    };
  const limit = peer * (budget.maxRatio as number);
  const r = ratio(value, peer);
  return {
    ...base,
    value,
    limit,
    status: value <= limit ? 'pass' : 'fail',
    note: `${r === null ? '–' : r.toFixed(3)}× ${budget.relativeTo}`,
  };
}

function checkGrowth(budget: Budget, measured: Measured): BudgetCheck[] {
  const sizes = Object.keys(measured.sizes)
    .map(Number)
    .filter((n) => typeof measured.sizes[n]?.[budget.metric] === 'number')
    .sort((a, b) => a - b);
  const checks: BudgetCheck[] = [];
  for (let i = 1; i < sizes.length; i++) {
    const small = sizes[i - 1] as number;
    const large = sizes[i] as number;
    const grew =
      (measured.sizes[large]![budget.metric] as number) /
      (measured.sizes[small]![budget.metric] as number);
    const allowed = large / small;
    checks.push({
      id: budget.id,
      label: `${budget.label}, ${small} → ${large} events`,
      at: large,
      value: grew,
      limit: allowed,
      unit: budget.unit,
      status: grew <= allowed ? 'pass' : 'fail',
      note: `grew ${grew.toFixed(2)}× for ${allowed}× the events`,
    });
  }
  if (checks.length === 0) {
    checks.push({
      id: budget.id,
      label: budget.label,
      at: null,
      value: null,
      limit: null,
      unit: budget.unit,
      status: 'skip',
      note: 'needs two sizes with this figure',
    });
  }
  return checks;
}

/** Check every budget against the measured medians: one result per budget and size it applies to. */
export function checkBudgets(
  budgets: readonly Budget[],
  measured: Measured,
  options: { timeTolerance?: number } = {},
): BudgetCheck[] {
  const known = new Map(budgets.filter((b) => b.known).map((b) => [b.id, b.known as string]));
  const tolerance = options.timeTolerance ?? 0;
  return checkEach(budgets, measured).map((check) => {
    if (check.status !== 'fail') return check;
    if (known.has(check.id))
      return { ...check, status: 'over' as const, note: `known: ${known.get(check.id)}` };
    // A time from one run on a shared machine is one noisy sample: within the tolerance it is
    // reported as NEAR for a person to look at, not failed; sizes and counts get no tolerance.
    const timed = check.unit === 'ms' || check.unit === 's';
    if (
      timed &&
      tolerance > 0 &&
      check.value !== null &&
      check.limit !== null &&
      check.value <= check.limit * (1 + tolerance)
    )
      return {
        ...check,
        status: 'near' as const,
        note: `within ${Math.round(tolerance * 100)} % of the budget in a --quick run; the full run decides`,
      };
    return check;
  });
}

function checkEach(budgets: readonly Budget[], measured: Measured): BudgetCheck[] {
  const sizes = Object.keys(measured.sizes)
    .map(Number)
    .sort((a, b) => a - b);
  return budgets.flatMap((budget) => {
    if (budget.growth) return checkGrowth(budget, measured);
    if (budget.at !== undefined) {
      if (!sizes.includes(budget.at)) {
        return [
          {
            id: budget.id,
            label: budget.label,
            at: budget.at,
            value: null,
            limit: budget.max ?? null,
            unit: budget.unit,
            status: 'skip' as const,
            note: `${budget.at} events not measured in this run`,
          },
        ];
      }
      return [checkOne(budget, measured, budget.at)];
    }
    const where = sizes.filter(
      (size) =>
        measured.sizes[size]?.[budget.metric] !== undefined ||
        measured.missing[`${size}:${budget.metric}`] ||
        measured.missing[budget.metric],
    );
    if (where.length === 0)
      return [
        {
          id: budget.id,
          label: budget.label,
          at: null,
          value: null,
          limit: budget.max ?? null,
          unit: budget.unit,
          status: 'skip' as const,
          note: measured.missing[budget.metric] ?? 'not measured in this run',
        },
      ];
    return where.map((size) => checkOne(budget, measured, size));
  });
}

/** Return a figure in its unit for people: "24.1 KB", "83 ms", "41.2 s". */
export function formatValue(value: number | null, unit: Unit): string {
  if (value === null) return '–';
  switch (unit) {
    case 'bytes':
      return value >= 1024 * 1024
        ? `${(value / 1024 / 1024).toFixed(1)} MB`
        : `${(value / 1024).toFixed(1)} KB`;
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value.toFixed(0)} ms`;
    case 's':
      return `${value.toFixed(1)} s`;
    case 'MB':
      return `${value < 100 ? value.toFixed(1) : value.toFixed(0)} MB`;
    case 'nodes':
      return `${Math.round(value)}`;
  }
}

/** Return one line per check for the console and RESULTS.md: "PASS  label at N: value ≤ limit". */
export function describeCheck(check: BudgetCheck): string {
  const where = check.at === null ? '' : ` at ${check.at.toLocaleString('en-US')} events`;
  const tag = check.status.toUpperCase();
  if (check.status === 'skip') return `${tag}  ${check.label}${where}: ${check.note}`;
  const growth = check.label.includes('→');
  const shown = growth
    ? `${check.value!.toFixed(2)}× ≤ ${check.limit}×`
    : `${formatValue(check.value, check.unit)} ${check.status === 'pass' ? '≤' : '>'} ${formatValue(check.limit, check.unit)}`;
  if (check.status === 'over' || check.status === 'near')
    return `${tag}  ${check.label}${where}: ${shown} (${check.note})`;
  return `${tag}  ${check.label}${growth ? '' : where}: ${shown}${check.note && !growth ? ` (${check.note})` : ''}`;
}
