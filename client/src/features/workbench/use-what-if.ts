import { computed, type ComputedRef } from 'vue';
import { computeRanking, parsePeriod, type RankingResult, type RankingScope, type Scheme } from '@scorecard/shared';
import { MeasureValuesDocument, type RankingScope as ApiScope } from '@/api/generated/graphql';
import { useQuery } from '@/api/use-query';
import { compareRankings, toEngineInput, type WhatIfRow } from './what-if';

/**
 * The live what-if: measure values fetched once per period, then the baseline and the draft ranked in
 * the browser by the shared engine — the function the server ranks with, so the preview is what the
 * server would publish for the same draft. Recomputed synchronously on every edit (75 units: ~1 ms).
 */
export function useWhatIf(
  period: ComputedRef<string | null>,
  scope: ComputedRef<ApiScope>,
  baseline: ComputedRef<Scheme | null>,
  draft: ComputedRef<Scheme | null>,
) {
  const values = useQuery(MeasureValuesDocument, () => (period.value ? { period: period.value } : null));
  const input = computed(() => (values.data.value ? toEngineInput(values.data.value.measureValues) : null));
  const names = computed(() => new Map((input.value?.units ?? []).map((u) => [u.code, u.name])));

  function rank(scheme: Scheme | null): RankingResult | null {
    const p = period.value ? parsePeriod(period.value) : null;
    if (!scheme || !p || !input.value) return null;
    return computeRanking({
      period: p,
      scheme,
      units: input.value.units,
      measures: input.value.measures,
      scope: scope.value.toLowerCase() as RankingScope,
    });
  }

  const baselineResult = computed(() => rank(baseline.value));
  const draftResult = computed(() => rank(draft.value));
  const rows = computed<WhatIfRow[]>(() =>
    baselineResult.value && draftResult.value
      ? compareRankings(baselineResult.value, draftResult.value, names.value)
      : [],
  );
  return { values, names, baselineResult, draftResult, rows };
}
