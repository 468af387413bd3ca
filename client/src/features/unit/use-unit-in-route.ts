import { computed } from 'vue';
import { useRoute } from 'vue-router';
import { useRouteContext } from '@/composables/use-route-context';
import { useSchemeLegend } from '@/composables/use-scheme-legend';
import { lostPointsRows, totalPointsLost } from './scorecard-view';
import { useUnitScorecard, useUnitTrend } from './use-scorecard';

/**
 * What the unit page and its printable report both show, for the unit, period, scope and publication
 * in the URL: the scorecard, its trend, the scheme's legend colours and the points lost.
 */
export function useUnitInRoute() {
  const route = useRoute();
  const context = useRouteContext();
  const { period, scope, query } = context;
  const code = computed(() => (typeof route.params.code === 'string' ? route.params.code : null));
  const publication = computed(() => query('publication'));
  const scorecardQuery = useUnitScorecard(code, period, scope, publication);
  const { scorecard } = scorecardQuery;
  const trend = useUnitTrend(code, period, scope);
  const { colorOf } = useSchemeLegend(computed(() => scorecard.value?.schemeVersion));
  const lostRows = computed(() => (scorecard.value ? lostPointsRows(scorecard.value) : []));
  const totalLost = computed(() => totalPointsLost(lostRows.value));
  return { ...context, code, publication, scorecardQuery, scorecard, trend, colorOf, lostRows, totalLost };
}
