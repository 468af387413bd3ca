import { formatRule, measureInfo, type DimensionDef, type UnitResult } from '@scorecard/shared';
import { GradeEnum, MeasureUnitEnum, MeasureValueKindEnum, RankingScopeEnum } from '../../graphql/enums.js';
import { PeriodType } from '../periods/period.types.js';
import { PublicationType } from '../publications/publication.types.js';
import { UnitType } from '../units/unit.types.js';
import type { ComputedRanking } from './scoring.service.js';
import {
  CityTrendPointType,
  DimensionAverageType,
  DimensionScoreType,
  RankingRowType,
  RankingType,
  ScorecardDimensionType,
  SubIndicatorScoreType,
  UnitScorecardType,
} from './scoring.types.js';

function dimensionDefs(ranking: ComputedRanking): Map<string, DimensionDef> {
  return new Map(ranking.scheme.dimensions.map((d) => [d.id, d]));
}

function dimensionScores(row: UnitResult, defs: Map<string, DimensionDef>): DimensionScoreType[] {
  return row.dimensions.map((d) => {
    const def = defs.get(d.id);
    return Object.assign(new DimensionScoreType(), {
      id: d.id,
      name: def?.name.zh ?? d.id,
      nameEn: def?.name.en ?? d.id,
      weight: d.weight,
      score: d.score,
      applicable: d.applicable,
    });
  });
}

function subIndicatorScores(row: UnitResult, defs: Map<string, DimensionDef>): SubIndicatorScoreType[] {
  return row.dimensions.flatMap((d) => {
    const subDefs = new Map((defs.get(d.id)?.subIndicators ?? []).map((s) => [s.id, s]));
    return d.subIndicators.map((s) => {
      const def = subDefs.get(s.id);
      const info = measureInfo(s.measureId);
      return Object.assign(new SubIndicatorScoreType(), {
        ...s,
        valueKind: info.kind as MeasureValueKindEnum,
        valueDecimals: info.decimals,
        valueUnit: info.unit as MeasureUnitEnum | null,
        dimensionId: d.id,
        name: def?.name.zh ?? s.id,
        nameEn: def?.name.en ?? s.id,
        rule: def ? formatRule(def.rule) : '',
        ruleKind: def?.rule.kind ?? '',
      });
    });
  });
}

function mean(values: number[]): number | null {
  return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
}

function ranked(ranking: ComputedRanking): UnitResult[] {
  return ranking.result.rows.filter((r) => r.composite !== null);
}

export function dimensionAverages(ranking: ComputedRanking): DimensionAverageType[] {
  const rows = ranked(ranking);
  return ranking.scheme.dimensions
    .filter((d) => d.enabled)
    .map((def) =>
      Object.assign(new DimensionAverageType(), {
        id: def.id,
        name: def.name.zh,
        nameEn: def.name.en,
        average: mean(
          rows.flatMap((r) => r.dimensions.filter((d) => d.id === def.id && d.score !== null).map((d) => d.score as number)),
        ),
      }),
    );
}

function unitType(ranking: ComputedRanking, code: string): UnitType {
  const unit = ranking.units.get(code);
  return UnitType.from(unit ?? { code, name: code, kind: 'municipal' });
}

/** Publication state of a ranking or scorecard: the snapshot it is, or live. */
function publicationFields(ranking: ComputedRanking) {
  const p = ranking.publication;
  return {
    schemeVersion: ranking.scheme.version,
    published: p !== null,
    publishedAt: p?.publishedAt ?? null,
    publication: p ? PublicationType.from(p, ranking.latestPublication) : null,
  };
}

export function toRankingType(ranking: ComputedRanking): RankingType {
  const defs = dimensionDefs(ranking);
  return Object.assign(new RankingType(), {
    period: PeriodType.from({ ...ranking.period, hasData: true }, { asOf: ranking.asOf, published: ranking.periodPublished }),
    scope: ranking.scope as RankingScopeEnum,
    previousPeriod: ranking.previousPeriodId,
    schemeId: ranking.scheme.id,
    ...publicationFields(ranking),
    average: mean(ranked(ranking).map((r) => r.composite as number)),
    dimensionAverages: dimensionAverages(ranking),
    rows: ranking.result.rows.map((row) =>
      Object.assign(new RankingRowType(), {
        unit: unitType(ranking, row.unitCode),
        rank: row.rank,
        previousRank: row.previousRank,
        rankChange: row.rankChange,
        previousComposite: row.previousComposite,
        composite: row.composite,
        grade: row.grade as GradeEnum | null,
        penalty: row.penalty,
        incidents: row.incidents,
        dimensions: dimensionScores(row, defs),
        details: subIndicatorScores(row, defs),
      }),
    ),
  });
}

export function toScorecardType(ranking: ComputedRanking, row: UnitResult): UnitScorecardType {
  const defs = dimensionDefs(ranking);
  const averages = new Map(dimensionAverages(ranking).map((a) => [a.id, a.average]));
  const subs = subIndicatorScores(row, defs);
  return Object.assign(new UnitScorecardType(), {
    unit: unitType(ranking, row.unitCode),
    period: PeriodType.from({ ...ranking.period, hasData: true }, { asOf: ranking.asOf, published: ranking.periodPublished }),
    scope: ranking.scope as RankingScopeEnum,
    ...publicationFields(ranking),
    rank: row.rank,
    previousRank: row.previousRank,
    rankChange: row.rankChange,
    rankedCount: ranked(ranking).length,
    composite: row.composite,
    compositeBeforePenalty: row.compositeBeforePenalty,
    grade: row.grade as GradeEnum | null,
    penalty: row.penalty,
    incidents: row.incidents,
    dimensions: dimensionScores(row, defs).map((d) =>
      Object.assign(new ScorecardDimensionType(), {
        ...d,
        cityAverage: averages.get(d.id) ?? null,
        subIndicators: subs.filter((s) => s.dimensionId === d.id),
      }),
    ),
  });
}

export function toCityTrendPoint(ranking: ComputedRanking): CityTrendPointType {
  const rows = ranked(ranking);
  const count = (grade: string) => rows.filter((r) => r.grade === grade).length;
  return Object.assign(new CityTrendPointType(), {
    period: ranking.period.id,
    average: mean(rows.map((r) => r.composite as number)),
    excellent: count('excellent'),
    good: count('good'),
    pass: count('pass'),
    fail: count('fail'),
    ranked: rows.length,
  });
}
