import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { EarlyWarningDocument, ScoreChangeDocument, type RankingScope } from '@/api/generated/graphql';
import { request } from '@/api/request';
import { useLoader } from '@/api/use-query';
import type { EarlyWarning, ScoreChange } from './insights-view';

/**
 * Why a unit's composite moved in the period. The sentences come in the page's language (request.ts
 * sends it as X-Locale), so the language is part of what is loaded: switching it loads them again.
 */
export function useScoreChange(
  code: ComputedRef<string | null>,
  period: ComputedRef<string | null>,
  scope: ComputedRef<RankingScope>,
  enabled: ComputedRef<boolean> = computed(() => true),
) {
  const { locale } = useI18n();
  const state = useLoader(
    () =>
      enabled.value && code.value && period.value
        ? { unitCode: code.value, period: period.value, scope: scope.value, locale: locale.value }
        : null,
    ({ locale: _, ...variables }) => request(ScoreChangeDocument, variables),
  );
  return { ...state, change: computed<ScoreChange | null>(() => state.data.value?.scoreChange ?? null) };
}

/** The early warning of a scope; with a unit code, that unit and its backtest history. */
export function useEarlyWarning(
  scope: ComputedRef<RankingScope>,
  unitCode: ComputedRef<string | null> = computed(() => null),
) {
  const { locale } = useI18n();
  const state = useLoader(
    () => ({ scope: scope.value, unitCode: unitCode.value, locale: locale.value }),
    ({ scope: s, unitCode: u }) => request(EarlyWarningDocument, { scope: s, unitCode: u, withHistory: u !== null }),
  );
  return { ...state, warning: computed<EarlyWarning | null>(() => state.data.value?.earlyWarning ?? null) };
}
