import { Field, Float, Int, InterfaceType, ObjectType, registerEnumType } from 'type-graphql';
import { GradeEnum, RankingScopeEnum, WarningFlagEnum } from '../../graphql/enums.js';
import { PeriodType } from '../periods/period.types.js';
import { UnitType } from '../units/unit.types.js';

export enum ScoreChangePartKindEnum {
  SUB_INDICATOR = 'subIndicator',
  PENALTY = 'penalty',
  NA_REWEIGHT = 'reweight',
  SCHEME = 'scheme',
}
/** Not from a word list: NA_REWEIGHT names the value 'reweight' (shared ChangePartKind). */
registerEnumType(ScoreChangePartKindEnum, { name: 'ScoreChangePartKind' });

@ObjectType('ScoreChangePart', { description: 'One part of a composite change (得分变动归因).' })
export class ScoreChangePartType {
  @Field(() => String, {
    description:
      'A sub-indicator id, P (the penalty), NA_REWEIGHT (N/A re-weighting) or SCHEME (the scheme changed between the periods).',
  })
  indicatorId!: string;
  @Field(() => ScoreChangePartKindEnum) kind!: ScoreChangePartKindEnum;
  @Field(() => Float, { description: 'Composite points, full precision; the parts sum to to − from.' }) points!: number;
  @Field(() => Float, { description: 'Two decimals, apportioned so that the shown parts sum to the shown change.' })
  shownPoints!: number;
  @Field(() => String, { description: 'Short name, e.g. "U1 按时更新率".' }) label!: string;
  @Field(() => String, {
    description:
      'The change in words, from the data, in the request language (X-Locale or Accept-Language; default zh-CN).',
  })
  text!: string;
  @Field(() => Boolean, { description: 'evidence(indicatorId) lists the records behind this part.' })
  hasRecords!: boolean;
}

@ObjectType('ScoreChange', { description: "Why a unit's composite moved since the previous period of the same kind." })
export class ScoreChangeType {
  @Field(() => UnitType) unit!: UnitType;
  @Field(() => PeriodType, { description: 'asOf is set while the period is in progress (preliminary).' })
  period!: PeriodType;
  @Field(() => String, { nullable: true, description: 'The period compared with; null when it has no data.' })
  previousPeriod!: string | null;
  @Field(() => Float, { nullable: true, description: 'The previous composite.' }) from!: number | null;
  @Field(() => Float, { nullable: true }) to!: number | null;
  @Field(() => [ScoreChangePartType], { description: 'Empty when from or to is null.' }) parts!: ScoreChangePartType[];
  @Field(() => String, { description: 'Language of the texts: zh-CN or en.' }) locale!: string;
}

@ObjectType('ForecastPoint', {
  description: 'A backtest month of one unit: the forecast made from the months before it, and what happened.',
})
export class ForecastPointType {
  @Field(() => String) period!: string;
  @Field(() => Float, { nullable: true }) expected!: number | null;
  @Field(() => Float, { nullable: true }) low!: number | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => Float, { nullable: true }) actual!: number | null;
  @Field(() => WarningFlagEnum, { nullable: true }) predictedFlag!: WarningFlagEnum | null;
  @Field(() => WarningFlagEnum, { nullable: true }) actualFlag!: WarningFlagEnum | null;
}

@ObjectType('UnitForecast')
export class UnitForecastType {
  @Field(() => UnitType) unit!: UnitType;
  @Field(() => Float, { nullable: true, description: 'Composite of the last complete month.' }) lastComposite!:
    | number
    | null;
  @Field(() => GradeEnum, { nullable: true }) lastGrade!: GradeEnum | null;
  @Field(() => Float, { nullable: true, description: 'Expected composite of the target month.' }) expected!:
    | number
    | null;
  @Field(() => Float, { nullable: true, description: 'Likely range (80 %), from the backtest errors.' }) low!:
    | number
    | null;
  @Field(() => Float, { nullable: true }) high!: number | null;
  @Field(() => GradeEnum, { nullable: true }) expectedGrade!: GradeEnum | null;
  @Field(() => WarningFlagEnum, { nullable: true }) flag!: WarningFlagEnum | null;
  @Field(() => [ScoreChangePartType], {
    description: 'What moves the composite from last month to the forecast, most negative first.',
  })
  drivers!: ScoreChangePartType[];
  @Field(() => Float, { nullable: true, description: 'The target month so far (preliminary), when it is in progress.' })
  monthToDate!: number | null;
  @Field(() => GradeEnum, { nullable: true }) monthToDateGrade!: GradeEnum | null;
  @Field(() => [ForecastPointType], { description: "This unit's backtest: each stored month's forecast and outcome." })
  history!: ForecastPointType[];
}

@InterfaceType('BacktestFigures', {
  description: 'How the forecast did on stored months (forecast from the months before each).',
})
export abstract class BacktestFiguresType {
  @Field(() => Int, { description: 'Unit-months with a forecast and an actual composite.' }) forecasts!: number;
  @Field(() => Float, { nullable: true, description: 'Mean absolute error of the composite.' }) mae!: number | null;
  @Field(() => Float, { nullable: true, description: 'Mean absolute error of "same as last month".' }) naiveMae!:
    | number
    | null;
  @Field(() => Int) gradeHits!: number;
  @Field(() => Float, { nullable: true, description: 'Share of forecasts with the actual grade.' }) gradeHitRate!:
    | number
    | null;
  @Field(() => Int) ranged!: number;
  @Field(() => Int) covered!: number;
  @Field(() => Float, { nullable: true, description: 'Share of actual composites inside the stated range.' })
  coverage!: number | null;
  @Field(() => Int) predictedFlags!: number;
  @Field(() => Int) actualFlags!: number;
  @Field(() => Int) truePositives!: number;
  @Field(() => Float, { nullable: true, description: 'Flagged units that did fall below 60 or a grade.' }) precision!:
    | number
    | null;
  @Field(() => Float, { nullable: true, description: 'Units that fell below 60 or a grade and were flagged.' })
  recall!: number | null;
}

@ObjectType('BacktestSummary', { implements: BacktestFiguresType, description: 'Every backtested month together.' })
export class BacktestSummaryType extends BacktestFiguresType {}

@ObjectType('BacktestMonth', { implements: BacktestFiguresType })
export class BacktestMonthType extends BacktestFiguresType {
  @Field(() => String) period!: string;
}

@ObjectType('Backtest')
export class BacktestType {
  @Field(() => [BacktestMonthType]) months!: BacktestMonthType[];
  @Field(() => BacktestSummaryType) overall!: BacktestSummaryType;
}

@ObjectType('ForecastModel', { description: 'The fixed parameters of the forecast (docs/insights.md).' })
export class ForecastModelType {
  @Field(() => Float) alpha!: number;
  @Field(() => Float) beta!: number;
  @Field(() => Float) phi!: number;
  @Field(() => Int) window!: number;
  @Field(() => Int) minHistory!: number;
  @Field(() => Int) penaltyWindow!: number;
  @Field(() => Float) rangeLow!: number;
  @Field(() => Float) rangeHigh!: number;
}

@ObjectType('EarlyWarning', { description: "Next month's likely failures (预警), with an honest backtest." })
export class EarlyWarningType {
  @Field(() => RankingScopeEnum) scope!: RankingScopeEnum;
  @Field(() => String, { description: 'The date taken as today.' }) today!: string;
  @Field(() => PeriodType, { nullable: true, description: 'The month forecast; asOf is set when it is in progress.' })
  target!: PeriodType | null;
  @Field(() => String, { nullable: true, description: 'The last month the forecast reads.' }) basedOn!: string | null;
  @Field(() => Int, { description: 'Complete months with data.' }) historyMonths!: number;
  @Field(() => ForecastModelType) model!: ForecastModelType;
  @Field(() => [UnitForecastType], { description: 'Every unit of the scope; a UNIT user gets its own unit only.' })
  units!: UnitForecastType[];
  @Field(() => BacktestType) backtest!: BacktestType;
}
