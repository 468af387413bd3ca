import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import { request } from '@/api/request';
import { PeriodsDocument, type PeriodsQuery, type RankingScope } from '@/api/generated/graphql';
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

  /** Newest first. */
  const sorted = computed(() => [...periods.value].sort((a, b) => comparePeriodIdsNewestFirst(a.id, b.id)));

  function ensurePeriods(): Promise<void> {
    loading ??= request(PeriodsDocument)
      .then((result) => {
        periods.value = result.periods;
      })
      .catch((cause: unknown) => {
        loading = null;
        throw cause;
      });
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

  function defaultPeriod(): string | null {
    return lastPeriod.value ?? latestWithData();
  }

  return { periods, sorted, lastPeriod, lastScope, ensurePeriods, latestWithData, find, remember, defaultPeriod };
});
