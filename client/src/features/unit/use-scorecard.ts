import { computed, type ComputedRef } from 'vue';
import {
  UnitScorecardDocument,
  UnitTrendDocument,
  type RankingScope,
  type UnitTrendQuery,
} from '@/api/generated/graphql';
import { useQuery } from '@/api/use-query';
import { trendWindow } from '@/lib/periods';
import type { Scorecard } from './scorecard-view';

/** One unit's scorecard for the period and scope in the URL (the latest publication, an earlier one, or live). */
export function useUnitScorecard(
  code: ComputedRef<string | null>,
  period: ComputedRef<string | null>,
  scope: ComputedRef<RankingScope>,
  publication: ComputedRef<string | null> = computed(() => null),
) {
  const state = useQuery(UnitScorecardDocument, () =>
    code.value && period.value
      ? { unitCode: code.value, period: period.value, scope: scope.value, publication: publication.value }
      : null,
  );
  return { ...state, scorecard: computed<Scorecard | null>(() => state.data.value?.unitScorecard ?? null) };
}

export type TrendPoint = UnitTrendQuery['unitTrend'][number];

/** Scorecards of the periods of the selected one's kind that end with it (12 months, 8 quarters, 5 years). */
export function useUnitTrend(
  code: ComputedRef<string | null>,
  period: ComputedRef<string | null>,
  scope: ComputedRef<RankingScope>,
) {
  const state = useQuery(UnitTrendDocument, () => {
    const window = period.value ? trendWindow(period.value) : null;
    return code.value && window ? { unitCode: code.value, from: window.from, to: window.to, scope: scope.value } : null;
  });
  return { ...state, points: computed<TrendPoint[]>(() => state.data.value?.unitTrend ?? []) };
}

export type UnitTrend = ReturnType<typeof useUnitTrend>;
