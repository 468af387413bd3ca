import { computed, type ComputedRef } from 'vue';
import { RankingDocument, type RankingScope } from '@/api/generated/graphql';
import { useQuery, type QueryState } from '@/api/use-query';
import type { RankingData } from './ranking-view';

/** The ranking of one period and scope; stale responses are dropped when the period changes fast. */
export function useRanking(
  period: ComputedRef<string | null>,
  scope: ComputedRef<RankingScope>,
  withSubIndicators: ComputedRef<boolean>,
): QueryState<{ ranking: RankingData }> & { ranking: ComputedRef<RankingData | null> } {
  const state = useQuery(RankingDocument, () =>
    period.value ? { period: period.value, scope: scope.value, withSubIndicators: withSubIndicators.value } : null,
  );
  return { ...state, ranking: computed(() => state.data.value?.ranking ?? null) };
}
