import { computed, type ComputedRef } from 'vue';
import { RankingDocument, type RankingScope } from '@/api/generated/graphql';
import { request } from '@/api/request';
import { useLoader } from '@/api/use-query';
import { periodColumns } from './ranking-grid';
import type { RankingData } from './ranking-view';

/**
 * The rankings of the periods before the shown one (same kind, same scope): the previous period for
 * the per-cell change arrows, and up to three more for periods side by side. A period without data (or
 * before the data begin) is simply absent. The shown period's ranking is useRanking's, not asked twice.
 */
export function useEarlierRankings(
  period: ComputedRef<string | null>,
  scope: ComputedRef<RankingScope>,
  count: ComputedRef<number>,
  enabled: ComputedRef<boolean> = computed(() => true),
): { rankings: ComputedRef<ReadonlyMap<string, RankingData>>; loading: ComputedRef<boolean> } {
  const state = useLoader(
    () => {
      if (!period.value || !enabled.value) return null;
      const earlier = periodColumns(period.value, Math.max(2, count.value)).slice(0, -1);
      return { periods: earlier, scope: scope.value };
    },
    async ({ periods, scope: s }) => {
      const results = await Promise.all(
        periods.map((p) =>
          request(RankingDocument, { period: p, scope: s, publication: null }).then(
            (r) => r.ranking,
            () => null,
          ),
        ),
      );
      return results.filter((r): r is RankingData => r != null && r.rows.some((row) => row.rank != null));
    },
  );
  return {
    rankings: computed(() => new Map((state.data.value ?? []).map((r) => [r.period.id, r]))),
    loading: computed(() => state.loading.value),
  };
}
