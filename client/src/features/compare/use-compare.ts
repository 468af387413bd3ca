import { computed, type ComputedRef } from 'vue';
import {
  UnitScorecardDocument,
  UnitTrendDocument,
  UnitsDocument,
  type RankingScope,
  type UnitScorecardQuery,
  type UnitTrendQuery,
} from '@/api/generated/graphql';
import { request } from '@/api/request';
import { useLoader, useQuery } from '@/api/use-query';
import { trendWindow } from '@/lib/periods';

export const MIN_UNITS = 2;
export const MAX_UNITS = 5;

export interface ComparedUnit {
  scorecard: UnitScorecardQuery['unitScorecard'];
  trend: UnitTrendQuery['unitTrend'];
}

/** 'A,B,C' from the URL → distinct codes, at most five. */
export function parseUnitList(value: string | null): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
    ),
  ].slice(0, MAX_UNITS);
}

export function useUnitOptions() {
  const state = useQuery(UnitsDocument, () => ({}));
  return computed(() => state.data.value?.units ?? []);
}

/** Scorecards and 12-month trends of the chosen units, fetched in parallel; stale results dropped. */
export function useCompare(
  codes: ComputedRef<string[]>,
  period: ComputedRef<string | null>,
  scope: ComputedRef<RankingScope>,
) {
  return useLoader(
    () =>
      codes.value.length >= MIN_UNITS && period.value
        ? { codes: codes.value, period: period.value, scope: scope.value }
        : null,
    async ({ codes: list, period: id, scope: s }): Promise<ComparedUnit[]> => {
      const window = trendWindow(id);
      return Promise.all(
        list.map(async (unitCode) => {
          const [card, trend] = await Promise.all([
            request(UnitScorecardDocument, { unitCode, period: id, scope: s }),
            window
              ? request(UnitTrendDocument, { unitCode, from: window.from, to: window.to, scope: s })
              : Promise.resolve({ unitTrend: [] }),
          ]);
          return { scorecard: card.unitScorecard, trend: trend.unitTrend };
        }),
      );
    },
  );
}
