/** The dashboard's own operations (client/src/api/Ranking.graphql and UnitScorecard.graphql). */
export const RANKING_QUERY = `query Ranking($period: String!, $scope: RankingScope, $withSubIndicators: Boolean!) {
  ranking(period: $period, scope: $scope) {
    period { id kind start end hasData }
    scope previousPeriod schemeVersion average
    dimensionAverages { id name nameEn average }
    rows {
      unit { code name kind }
      rank previousRank rankChange composite grade penalty incidents
      dimensions { id name nameEn weight score applicable }
      subIndicators @include(if: $withSubIndicators) { id dimensionId name nameEn score applicable pointsLost }
    }
  }
}`;

export const SCORECARD_QUERY = `query UnitScorecard($unitCode: String!, $period: String!, $scope: RankingScope) {
  unitScorecard(unitCode: $unitCode, period: $period, scope: $scope) {
    unit { code name kind }
    period { id kind start end hasData }
    scope rank previousRank rankChange rankedCount composite compositeBeforePenalty grade penalty incidents
    dimensions {
      id name nameEn weight score applicable cityAverage
      subIndicators { id dimensionId name nameEn measureId weight rule ruleKind value numerator denominator score pointsLost applicable }
    }
  }
}`;
