import { Field, Float, Int, ObjectType } from 'type-graphql';
import { GradeEnum, MeasureUnitEnum, MeasureValueKindEnum, RankingScopeEnum } from '../../graphql/enums.js';
import { PeriodType } from '../periods/period.types.js';
import { PublicationType } from '../publications/publication.types.js';
import { UnitType } from '../units/unit.types.js';

@ObjectType('DimensionScore', { description: 'A dimension (一级指标) score of one unit; null = N/A.' })
export class DimensionScoreType {
  @Field(() => String) id!: string;
  @Field(() => String, { description: 'zh-CN name' }) name!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => Float) weight!: number;
  @Field(() => Float, { nullable: true }) score!: number | null;
  @Field(() => Boolean) applicable!: boolean;
}

@ObjectType('SubIndicatorScore', { description: 'A sub-indicator (二级指标) of one unit: raw measure, score and points lost.' })
export class SubIndicatorScoreType {
  @Field(() => String) id!: string;
  @Field(() => String) dimensionId!: string;
  @Field(() => String) name!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => String) measureId!: string;
  @Field(() => Float) weight!: number;
  @Field(() => String, { description: 'e.g. "band(0.6, 0.95)"' }) rule!: string;
  @Field(() => String, { description: 'band | logTarget | scale | binary | minmax' }) ruleKind!: string;
  @Field(() => Float, { nullable: true, description: 'Raw measure value; null = N/A.' }) value!: number | null;
  @Field(() => MeasureValueKindEnum, { description: 'What kind of number `value` is.' }) valueKind!: MeasureValueKindEnum;
  @Field(() => Int, { description: 'Decimals to show: of the percentage for a ratio, of the value otherwise.' })
  valueDecimals!: number;
  @Field(() => MeasureUnitEnum, { nullable: true, description: 'Unit of a count or mean; null for ratios and flags.' })
  valueUnit!: MeasureUnitEnum | null;
  @Field(() => Float, { nullable: true }) numerator!: number | null;
  @Field(() => Float, { nullable: true }) denominator!: number | null;
  @Field(() => Float, { nullable: true, description: '0–100 at full precision; null = N/A.' }) score!: number | null;
  @Field(() => Float, { description: "Share of the composite not earned: (Wₖ/ΣW)·(wᵢ/Σw)·(100 − sᵢ)." }) pointsLost!: number;
  @Field(() => Boolean) applicable!: boolean;
}

@ObjectType('ScorecardDimension')
export class ScorecardDimensionType extends DimensionScoreType {
  @Field(() => Float, { nullable: true, description: 'Mean of this dimension over the ranked units in scope.' })
  cityAverage!: number | null;

  @Field(() => [SubIndicatorScoreType])
  subIndicators!: SubIndicatorScoreType[];
}

@ObjectType('RankingRow')
export class RankingRowType {
  @Field(() => UnitType) unit!: UnitType;
  @Field(() => Int, { nullable: true, description: 'null = unranked (all dimensions N/A).' }) rank!: number | null;
  @Field(() => Int, { nullable: true }) previousRank!: number | null;
  @Field(() => Int, { nullable: true, description: 'previousRank − rank: positive means the unit moved up.' }) rankChange!: number | null;
  @Field(() => Float, { nullable: true, description: "The unit's composite in the previous period of the same kind and scope." })
  previousComposite!: number | null;
  @Field(() => Float, { nullable: true }) composite!: number | null;
  @Field(() => GradeEnum, { nullable: true }) grade!: GradeEnum | null;
  @Field(() => Float) penalty!: number;
  @Field(() => Int) incidents!: number;
  @Field(() => [DimensionScoreType]) dimensions!: DimensionScoreType[];
  /** Resolved by RankingRowResolver.subIndicators, which checks who may see them. */
  details!: SubIndicatorScoreType[];
}

@ObjectType('DimensionAverage')
export class DimensionAverageType {
  @Field(() => String) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) nameEn!: string;
  @Field(() => Float, { nullable: true }) average!: number | null;
}

@ObjectType('Ranking')
export class RankingType {
  @Field(() => PeriodType) period!: PeriodType;
  @Field(() => RankingScopeEnum) scope!: RankingScopeEnum;
  @Field(() => String, { nullable: true, description: 'The period rank changes are measured against.' }) previousPeriod!: string | null;
  @Field(() => String) schemeId!: string;
  @Field(() => Int) schemeVersion!: number;
  @Field(() => Boolean, { description: 'Frozen by a publication (SPEC §7); false = computed live (preliminary, 未发布).' }) published!: boolean;
  @Field(() => String, { nullable: true, description: 'When the shown publication was made (ISO 8601 UTC); null when live.' }) publishedAt!: string | null;
  @Field(() => PublicationType, { nullable: true, description: 'The publication this ranking is the snapshot of; null when live.' }) publication!: PublicationType | null;
  @Field(() => Float, { nullable: true, description: 'Mean composite of the ranked units.' }) average!: number | null;
  @Field(() => [DimensionAverageType]) dimensionAverages!: DimensionAverageType[];
  @Field(() => [RankingRowType]) rows!: RankingRowType[];
}

@ObjectType('UnitScorecard')
export class UnitScorecardType {
  @Field(() => UnitType) unit!: UnitType;
  @Field(() => PeriodType) period!: PeriodType;
  @Field(() => RankingScopeEnum) scope!: RankingScopeEnum;
  @Field(() => Int) schemeVersion!: number;
  @Field(() => Boolean, { description: 'Frozen by a publication; false = computed live (preliminary).' }) published!: boolean;
  @Field(() => String, { nullable: true, description: 'ISO 8601 UTC; null when live.' }) publishedAt!: string | null;
  @Field(() => PublicationType, { nullable: true }) publication!: PublicationType | null;
  @Field(() => Int, { nullable: true }) rank!: number | null;
  @Field(() => Int, { nullable: true }) previousRank!: number | null;
  @Field(() => Int, { nullable: true }) rankChange!: number | null;
  @Field(() => Int, { description: 'How many units are ranked in this scope.' }) rankedCount!: number;
  @Field(() => Float, { nullable: true }) composite!: number | null;
  @Field(() => Float, { nullable: true }) compositeBeforePenalty!: number | null;
  @Field(() => GradeEnum, { nullable: true }) grade!: GradeEnum | null;
  @Field(() => Float) penalty!: number;
  @Field(() => Int) incidents!: number;
  @Field(() => [ScorecardDimensionType]) dimensions!: ScorecardDimensionType[];
}

@ObjectType('CityTrendPoint', { description: 'City-wide figures of one period in one scope.' })
export class CityTrendPointType {
  @Field(() => String) period!: string;
  @Field(() => Float, { nullable: true }) average!: number | null;
  @Field(() => Int) excellent!: number;
  @Field(() => Int) good!: number;
  @Field(() => Int) pass!: number;
  @Field(() => Int) fail!: number;
  @Field(() => Int) ranked!: number;
}
