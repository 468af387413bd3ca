/**
 * A saved or shared view (page, period or period kind, scope, sort, columns, compare set…) and its URL.
 * Every page keeps its state in the URL already; this module names the parts a view may carry, so that
 * a link decodes to exactly the view that was encoded (viewFromUrl(viewToUrl(v)) = v, unit-tested)
 * and a stored view that is stale or tampered with decodes to null instead of a broken page.
 */
import { parsePeriod } from '@scorecard/shared';
import type { RankingScope } from '@/api/generated/graphql';

export const VIEW_PAGES = ['ranking', 'unit', 'compare', 'early-warning'] as const;
export type ViewPage = (typeof VIEW_PAGES)[number];
export const VIEW_PERIOD_KINDS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type ViewPeriodKind = (typeof VIEW_PERIOD_KINDS)[number];
const SCOPES: readonly RankingScope[] = ['ALL', 'MUNICIPAL', 'DISTRICT', 'PUBLIC_SERVICE'];
const CODE = /^[A-Za-z0-9_.-]{1,64}$/;
const HEATMAP_SORT = /^(rank|name|([0-9]{4}(-[A-Z0-9]{2,3})?\|)?[A-Za-z0-9_]{1,16})$/;

export interface ViewState {
  page: ViewPage;
  /** The unit of a unit page. */
  unit?: string;
  /** A fixed period; absent = the newest period of `periodKind` when the view opens. */
  period?: string;
  periodKind?: ViewPeriodKind;
  scope: RankingScope;
  /** Ranking: tab, sort (`composite:desc`), search (the table's and the heatmap's). */
  tab?: string;
  sort?: string;
  search?: string;
  /** Ranking heatmap: sort by `name`, a sub-indicator of the shown period (`U1`) or of an earlier one (`2023-11|U1`). */
  heatmapSort?: string;
  /** Ranking: dimension columns shown (absent = all). */
  columns?: string[];
  /** Ranking: periods side by side (2–4). */
  periods?: number;
  /** Ranking: average row and column, hide empty rows, top (N > 0) or bottom (N < 0) units. */
  average?: boolean;
  hideEmpty?: boolean;
  top?: number;
  /** Compare: unit codes. */
  compare?: string[];
}

/** Query keys as the pages read them. */
const KEYS = {
  period: 'period',
  periodKind: 'pk',
  scope: 'scope',
  tab: 'tab',
  sort: 'sort',
  search: 'q',
  heatmapSort: 'hsort',
  columns: 'cols',
  periods: 'periods',
  average: 'avg',
  hideEmpty: 'hideEmpty',
  top: 'top',
  compare: 'units',
} as const;

function pathOf(view: ViewState): string {
  switch (view.page) {
    case 'unit':
      return `/units/${encodeURIComponent(view.unit ?? '')}`;
    default:
      return `/${view.page}`;
  }
}

/** The query of a view, keys in a fixed order (equal views give equal links). */
export function viewQuery(view: ViewState): Record<string, string> {
  const q: Record<string, string> = {};
  const put = (key: string, value: string | number | boolean | undefined | string[]) => {
    if (value === undefined || value === false || (Array.isArray(value) && value.length === 0)) return;
    q[key] = Array.isArray(value) ? value.join(',') : value === true ? '1' : String(value);
  };
  put(KEYS.period, view.period);
  put(KEYS.periodKind, view.period ? undefined : view.periodKind);
  put(KEYS.scope, view.scope);
  put(KEYS.tab, view.tab);
  put(KEYS.sort, view.sort);
  put(KEYS.search, view.search);
  put(KEYS.heatmapSort, view.heatmapSort);
  put(KEYS.columns, view.columns);
  put(KEYS.periods, view.periods);
  put(KEYS.average, view.average);
  put(KEYS.hideEmpty, view.hideEmpty);
  put(KEYS.top, view.top);
  put(KEYS.compare, view.compare);
  return q;
}

/** `/ranking?period=2023-12&scope=ALL&sort=composite:desc` — relative to the app's base. */
export function viewToUrl(view: ViewState): string {
  const query = new URLSearchParams(viewQuery(view)).toString();
  return query ? `${pathOf(view)}?${query}` : pathOf(view);
}

type Query = Record<string, unknown>;
const str = (q: Query, key: string): string | undefined => {
  const v = q[key];
  return typeof v === 'string' && v !== '' ? v : undefined;
};
const list = (q: Query, key: string): string[] | undefined => {
  const items = str(q, key)
    ?.split(',')
    .map((s) => s.trim())
    .filter((s) => CODE.test(s));
  return items?.length ? items : undefined;
};
const int = (q: Query, key: string, ok: (n: number) => boolean): number | undefined => {
  const v = str(q, key);
  const n = v !== undefined && /^-?\d+$/.test(v) ? Number(v) : Number.NaN;
  return ok(n) ? n : undefined;
};

/** Reads a view from a route's path and query; null when the path is not a page a view can show. */
export function viewFromRoute(path: string, query: Query): ViewState | null {
  const unitMatch = /^\/units\/([^/?#]+)$/.exec(path);
  const page = unitMatch ? 'unit' : (path.replace(/^\//, '') as ViewPage);
  if (!(VIEW_PAGES as readonly string[]).includes(page)) return null;
  const unit = unitMatch ? decodeURIComponent(unitMatch[1]!) : undefined;
  if (unitMatch && !CODE.test(unit!)) return null;

  const period = str(query, KEYS.period);
  const kind = str(query, KEYS.periodKind);
  const scope = str(query, KEYS.scope);
  const view: ViewState = { page, scope: SCOPES.includes(scope as RankingScope) ? (scope as RankingScope) : 'ALL' };
  if (unit) view.unit = unit;
  if (period && parsePeriod(period)) view.period = period;
  else if ((VIEW_PERIOD_KINDS as readonly string[]).includes(kind ?? '')) view.periodKind = kind as ViewPeriodKind;
  const assign = <K extends keyof ViewState>(key: K, value: ViewState[K] | undefined) => {
    if (value !== undefined) view[key] = value;
  };
  assign('tab', str(query, KEYS.tab));
  assign('sort', str(query, KEYS.sort));
  assign('search', str(query, KEYS.search));
  const heatmapSort = str(query, KEYS.heatmapSort);
  assign('heatmapSort', heatmapSort && HEATMAP_SORT.test(heatmapSort) ? heatmapSort : undefined);
  assign('columns', list(query, KEYS.columns));
  assign('periods', int(query, KEYS.periods, (n) => n >= 2 && n <= 4));
  assign('average', str(query, KEYS.average) === '1' || undefined);
  assign('hideEmpty', str(query, KEYS.hideEmpty) === '1' || undefined);
  assign('top', int(query, KEYS.top, (n) => n !== 0 && Math.abs(n) <= 100));
  assign('compare', list(query, KEYS.compare));
  return view;
}

/** The inverse of viewToUrl; null for a link that is not a view. */
export function viewFromUrl(url: string): ViewState | null {
  let parsed: URL;
  try {
    parsed = new URL(url, 'http://view.invalid');
  } catch {
    return null;
  }
  return viewFromRoute(parsed.pathname, Object.fromEntries(parsed.searchParams));
}

/** A view that always opens on the newest period of its kind: the fixed period is dropped. */
export function relativeView(view: ViewState): ViewState {
  const { period, ...rest } = view;
  const kind = period ? parsePeriod(period)?.kind.toUpperCase() : undefined;
  return { ...rest, periodKind: (kind as ViewPeriodKind | undefined) ?? view.periodKind ?? 'MONTH' };
}
