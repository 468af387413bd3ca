import { computed, type ComputedRef } from 'vue';
import {
  RankingDocument,
  RankingHeatmapDocument,
  type RankingHeatmapQuery,
  type RankingScope,
} from '@/api/generated/graphql';
import { useLoader, useQuery, type QueryState } from '@/api/use-query';
import { request } from '@/api/request';
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
 * The heatmap's sub-indicator scores of several periods (side by side), oldest first; a period whose
 * request fails (before the data begin) is left out. Asked only while `enabled`.
 */
export function useRankingHeatmaps(
  periods: ComputedRef<readonly string[]>,
  scope: ComputedRef<RankingScope>,
  enabled: ComputedRef<boolean>,
): QueryState<HeatmapData[]> & { heatmaps: ComputedRef<ReadonlyMap<string, HeatmapData>> } {
  const state = useLoader(
    () => (enabled.value && periods.value.length ? { periods: [...periods.value], scope: scope.value } : null),
    async ({ periods: ids, scope: s }) => {
      const results = await Promise.all(
        ids.map((period, i) =>
          request(RankingHeatmapDocument, { period, scope: s }).then(
            (r): HeatmapData => ({
              period: r.ranking.period.id,
              byUnit: new Map(r.ranking.rows.map((row) => [row.unit.code, row.subIndicators ?? []])),
            }),
            // The shown period (the last) must load; an earlier one may be missing.
            (cause: unknown) => {
              if (i === ids.length - 1) throw cause;
              return null;
            },
          ),
        ),
      );
      return results.filter((r): r is HeatmapData => r != null);
    },
  );
  return { ...state, heatmaps: computed(() => new Map((state.data.value ?? []).map((h) => [h.period, h]))) };
}
