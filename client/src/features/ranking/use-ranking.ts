import { computed, type ComputedRef } from 'vue';
import {
  RankingDocument,
  RankingHeatmapDocument,
  type RankingHeatmapQuery,
  type RankingScope,
} from '@/api/generated/graphql';
import { useQuery, type QueryState } from '@/api/use-query';
import type { RankingData } from './ranking-view';

/**
 * The ranking of one period and scope (rows with dimension scores, no sub-indicators): the period's
 * latest publication, an earlier one by id, or live results; stale responses are dropped when the
 * period changes fast.
 */
export function useRanking(
  period: ComputedRef<string | null>,
  scope: ComputedRef<RankingScope>,
  publication: ComputedRef<string | null> = computed(() => null),
): QueryState<{ ranking: RankingData }> & { ranking: ComputedRef<RankingData | null> } {
  const state = useQuery(RankingDocument, () =>
    period.value ? { period: period.value, scope: scope.value, publication: publication.value } : null,
  );
  return { ...state, ranking: computed(() => state.data.value?.ranking ?? null) };
}

export type HeatmapScores = NonNullable<RankingHeatmapQuery['ranking']['rows'][number]['subIndicators']>;

/** Sub-indicator scores by unit code, with the period they belong to. */
export interface HeatmapData {
  period: string;
  byUnit: ReadonlyMap<string, HeatmapScores>;
}

/**
 * The heatmap's sub-indicator scores of one period and scope, asked only while `enabled` (the
 * heatmap tab is shown to a viewer who may see every unit's details); stale responses are dropped.
 */
export function useRankingHeatmap(
  period: ComputedRef<string | null>,
  scope: ComputedRef<RankingScope>,
  enabled: ComputedRef<boolean>,
): QueryState<RankingHeatmapQuery> & { heatmap: ComputedRef<HeatmapData | null> } {
  const state = useQuery(RankingHeatmapDocument, () =>
    enabled.value && period.value ? { period: period.value, scope: scope.value } : null,
  );
  const heatmap = computed<HeatmapData | null>(() => {
    const ranking = state.data.value?.ranking;
    if (!ranking) return null;
    return {
      period: ranking.period.id,
      byUnit: new Map(ranking.rows.map((r) => [r.unit.code, r.subIndicators ?? []])),
    };
  });
  return { ...state, heatmap };
}
