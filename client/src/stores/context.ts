import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import { request } from '@/api/request';
import {
  PeriodsDocument,
  UnitsDocument,
  type PeriodsQuery,
  type RankingScope,
  type UnitKind,
} from '@/api/generated/graphql';
import { comparePeriodIdsNewestFirst } from '@/lib/periods';

export type PeriodInfo = PeriodsQuery['periods'][number];
export const SCOPES: readonly RankingScope[] = ['ALL', 'MUNICIPAL', 'DISTRICT', 'PUBLIC_SERVICE'];

export function isScope(value: unknown): value is RankingScope {
  return typeof value === 'string' && (SCOPES as readonly string[]).includes(value);
}

/**
 * The period list and the last period/scope the user chose. The URL is the source of truth for what a
 * page shows; this store only remembers the choice for links that do not carry one.
 */
export const useContextStore = defineStore('context', () => {
  const periods = shallowRef<PeriodInfo[]>([]);
  const lastPeriod = shallowRef<string | null>(null);
  const lastScope = shallowRef<RankingScope>('ALL');
  let loading: Promise<void> | null = null;
  let unitKinds: Promise<Map<string, UnitKind>> | null = null;

  /** Newest first. */
  const sorted = computed(() => [...periods.value].sort((a, b) => comparePeriodIdsNewestFirst(a.id, b.id)));

  function ensurePeriods(): Promise<void> {
    loading ??= load();
    return loading;
  }

  function load(): Promise<void> {
    return request(PeriodsDocument)
      .then((result) => {
        periods.value = result.periods;
      })
      .catch((cause: unknown) => {
        loading = null;
        throw cause;
      });
  }

  /** Reloads the list (after a publication: which periods are published changed). */
  function refreshPeriods(): Promise<void> {
    loading = load();
    return loading;
  }

  /** Latest period with data, months preferred (the monthly ranking is the default view). */
  function latestWithData(kind: PeriodInfo['kind'] = 'MONTH'): string | null {
    const withData = sorted.value.filter((p) => p.hasData);
    return (withData.find((p) => p.kind === kind) ?? withData[0] ?? sorted.value[0])?.id ?? null;
  }

  function find(id: string): PeriodInfo | undefined {
    return periods.value.find((p) => p.id === id);
  }

  function remember(period: string | null, scope: RankingScope): void {
    if (period) lastPeriod.value = period;
    lastScope.value = scope;
  }

  /** Latest published period, months preferred; null when nothing is published. */
  function latestPublished(): string | null {
    const published = sorted.value.filter((p) => p.published && p.hasData);
    return (published.find((p) => p.kind === 'MONTH') ?? published[0])?.id ?? null;
  }

  /**
   * Where a page without a period opens: the last choice, else — for leaders and units, who read
   * results rather than make them — the latest published period, else the latest with data.
   */
  function defaultPeriod(preferPublished = false): string | null {
    return lastPeriod.value ?? (preferPublished ? latestPublished() : null) ?? latestWithData();
  }

  /** The kind of a unit by its code (null when unknown or the list cannot be read): what scope contains it. */
  async function unitKind(code: string): Promise<UnitKind | null> {
    unitKinds ??= request(UnitsDocument, { kind: null })
      .then((result) => new Map(result.units.map((u) => [u.code, u.kind])))
      .catch(() => {
        unitKinds = null;
        return new Map<string, UnitKind>();
      });
    return (await unitKinds).get(code) ?? null;
  }

  return {
    periods,
    unitKind,
    sorted,
    lastPeriod,
    lastScope,
    ensurePeriods,
    refreshPeriods,
    latestWithData,
    latestPublished,
    find,
    remember,
    defaultPeriod,
  };
});
