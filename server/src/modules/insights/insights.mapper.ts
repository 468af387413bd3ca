import {
  applicabilityChanges,
  describeForecastDriver,
  describeReweightChange,
  FORECAST_MODEL,
  gradeOf,
  PART_NAMES,
  partLabel,
  RANGE_QUANTILES,
  roundScore,
  summarize,
  type BacktestSummary,
  type ChangePart,
  type Scheme,
  type TextLocale,
  type UnitResult,
  type UnitWarning,
} from '@scorecard/shared';
import { GradeEnum, RankingScopeEnum, WarningFlagEnum } from '../../graphql/enums.js';
import { PeriodType } from '../periods/period.types.js';
import { UnitType } from '../units/unit.types.js';
import type { WarningView } from './early-warning.service.js';
import {
  BacktestFiguresType,
  BacktestMonthType,
  BacktestSummaryType,
  BacktestType,
  EarlyWarningType,
  ForecastModelType,
  ForecastPointType,
  ScoreChangePartKindEnum,
  ScoreChangePartType,
  ScoreChangeType,
  UnitForecastType,
} from './insights.types.js';
import { reweightItems, type ScoreChangeView } from './score-change.service.js';

export function toScoreChangeType(view: ScoreChangeView): ScoreChangeType {
  const { ranking } = view;
  const unit = ranking.units.get(view.unitCode);
  return Object.assign(new ScoreChangeType(), {
    unit: UnitType.from(unit ?? { code: view.unitCode, name: view.unitCode, kind: 'municipal' }),
    period: PeriodType.from({ ...ranking.period, hasData: true }, { asOf: ranking.asOf, published: ranking.periodPublished }),
    previousPeriod: ranking.previousPeriodId,
    from: view.from,
    to: view.to,
    parts: view.parts.map((p) =>
      Object.assign(new ScoreChangePartType(), { ...p, kind: p.kind as ScoreChangePartKindEnum }),
    ),
    locale: view.locale,
  });
}

function summaryType<T extends BacktestFiguresType>(target: T, s: BacktestSummary): T {
  return Object.assign(target, s);
}

function subValue(result: UnitResult | null, id: string): number | null {
  for (const d of result?.dimensions ?? []) for (const s of d.subIndicators) if (s.id === id) return s.value;
  return null;
}

/** The forecast's drivers in words ("U1 按时更新率 −3.20 分：预计 72.00%，上月 81.00%"). */
function driverParts(u: UnitWarning, scheme: Scheme, locale: TextLocale): ScoreChangePartType[] {
  const defs = new Map(scheme.dimensions.flatMap((d) => d.subIndicators.map((s) => [s.id, s] as const)));
  return u.drivers.map((part: ChangePart) => {
    const def = defs.get(part.id) ?? null;
    const shownPoints = roundScore(part.points);
    let text: string;
    if (part.kind === 'penalty') {
      text = describeForecastDriver(
        {
          id: part.id,
          name: PART_NAMES.penalty,
          measureId: part.id,
          points: shownPoints,
          last: u.last?.incidents ?? null,
          expected: u.forecast.incidents,
        },
        locale,
        FORECAST_MODEL.penaltyWindow,
      );
    } else if (part.kind === 'subIndicator') {
      text = describeForecastDriver(
        {
          id: part.id,
          name: def?.name ?? { zh: part.id, en: part.id },
          measureId: def?.measureId ?? part.id,
          points: shownPoints,
          last: subValue(u.last, part.id),
          expected: subValue(u.forecast, part.id),
        },
        locale,
        FORECAST_MODEL.penaltyWindow,
      );
    } else {
      const items = u.last ? reweightItems(applicabilityChanges(u.last, u.forecast), scheme, u.last, u.forecast) : [];
      text = describeReweightChange({ points: shownPoints, items }, locale);
    }
    return Object.assign(new ScoreChangePartType(), {
      indicatorId: part.id,
      kind: part.kind as ScoreChangePartKindEnum,
      points: part.points,
      shownPoints,
      label: partLabel(part, def?.name ?? null, locale),
      text,
      hasRecords: false,
    });
  });
}

const grade = (x: number | null | undefined) => gradeOf(x ?? null) as GradeEnum | null;

/** The early warning as `visible` units see it (a UNIT user: its own); the backtest figures are the scope's. */
export function toEarlyWarningType(
  view: WarningView,
  visible: (unitCode: string) => boolean,
  locale: TextLocale,
): EarlyWarningType {
  const w = view.warning;
  const rows = w?.backtest.rows ?? [];
  const units = (w?.units ?? [])
    .filter((u) => visible(u.unitCode))
    .map((u) =>
      Object.assign(new UnitForecastType(), {
        unit: UnitType.from(view.units.get(u.unitCode) ?? { code: u.unitCode, name: u.unitCode, kind: 'municipal' }),
        lastComposite: u.last?.composite ?? null,
        lastGrade: grade(u.last?.composite),
        expected: u.expected,
        low: u.low,
        high: u.high,
        expectedGrade: grade(u.expected),
        flag: u.flag as WarningFlagEnum | null,
        drivers: driverParts(u, view.scheme, locale),
        monthToDate: view.monthToDate?.get(u.unitCode)?.composite ?? null,
        monthToDateGrade: grade(view.monthToDate?.get(u.unitCode)?.composite),
        history: rows
          .filter((r) => r.unitCode === u.unitCode)
          .map((r) =>
            Object.assign(new ForecastPointType(), {
              period: r.period,
              expected: r.forecast,
              low: r.low,
              high: r.high,
              actual: r.actual,
              predictedFlag: r.predictedFlag as WarningFlagEnum | null,
              actualFlag: r.actualFlag as WarningFlagEnum | null,
            }),
          ),
      }),
    );
  return Object.assign(new EarlyWarningType(), {
    scope: view.scope as RankingScopeEnum,
    today: view.today,
    target: view.target
      ? PeriodType.from({ ...view.target, hasData: view.monthToDate !== null }, { asOf: view.monthToDateAsOf })
      : null,
    basedOn: w?.basedOn ?? null,
    historyMonths: view.historyMonths,
    model: Object.assign(new ForecastModelType(), {
      ...FORECAST_MODEL,
      rangeLow: RANGE_QUANTILES.low,
      rangeHigh: RANGE_QUANTILES.high,
    }),
    units,
    backtest: Object.assign(new BacktestType(), {
      months: (w?.backtest.months ?? []).map((m) => summaryType(new BacktestMonthType(), m)),
      overall: summaryType(new BacktestSummaryType(), w?.backtest.overall ?? summarize([])),
    }),
  });
}
