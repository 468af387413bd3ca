import type { EntityManager } from '@mikro-orm/core';
import {
  earlyWarning,
  nextPeriod,
  type EarlyWarning,
  type MonthOfMeasures,
  type Period,
  type RankingScope,
  type Scheme,
  type UnitRef,
  type UnitResult,
} from '@scorecard/shared';
import type { MeasureService } from '../measures/index.js';
import { listPeriods } from '../periods/period.service.js';
import type { ScoringService } from '../scoring/scoring.service.js';
import { VersionedCache } from '../scoring/versioned-cache.js';
import { listUnits } from '../units/unit.service.js';

export interface WarningView {
  scope: RankingScope;
  today: string;
  scheme: Scheme;
  units: Map<string, UnitRef>;
  /** The month forecast: the one after the last complete month with data (the month in progress, if any). */
  target: Period | null;
  /** Complete months with data the forecast and the backtest read. */
  historyMonths: number;
  /** null with fewer than FORECAST_MODEL.minHistory complete months. */
  warning: EarlyWarning | null;
  /** The target month so far, when it is in progress and has data (preliminary scores), by unit. */
  monthToDate: Map<string, UnitResult> | null;
  monthToDateAsOf: string | null;
}

/**
 * The early warning (预警) of one scope: the next month's expected composites with their likely
 * range, the flags and their drivers, and the backtest over every stored month
 * (shared/insights/backtest.ts). Months are complete when they end before today (PeriodClock), so a
 * month in progress is forecast, never used as history, and shown as its month-to-date scores.
 * Cached per scope, scheme version, data version and day.
 */
export class EarlyWarningService {
  private readonly cache = new VersionedCache<WarningView>(16);

  constructor(
    private readonly measures: MeasureService,
    private readonly scoring: ScoringService,
  ) {}

  async earlyWarning(em: EntityManager, scope: RankingScope): Promise<WarningView> {
    const key = `${scope}|${await this.scoring.cacheVersion(em)}`;
    return this.cache.get(key, () => this.compute(em, scope));
  }

  private async compute(em: EntityManager, scope: RankingScope): Promise<WarningView> {
    const today = this.scoring.clock.today();
    const periods = await listPeriods(em);
    const complete = periods
      .filter((p) => p.kind === 'month' && p.hasData && p.end < today)
      .sort((a, b) => (a.start < b.start ? -1 : 1));
    const units = await listUnits(em);
    const scheme = await this.scoring.scheme(em);
    const view: WarningView = {
      scope,
      today,
      scheme,
      units: new Map(units.map((u) => [u.code, u])),
      target: null,
      historyMonths: complete.length,
      warning: null,
      monthToDate: null,
      monthToDateAsOf: null,
    };
    const last = complete[complete.length - 1];
    if (!last) return view;
    const target = nextPeriod(last);
    const months: MonthOfMeasures[] = [];
    for (const { hasData: _, ...period } of complete)
      months.push({ period, measures: await this.measures.measuresFor(period) });
    view.target = target;
    view.warning = earlyWarning({ months, scheme, units, scope, target });
    if (periods.some((p) => p.id === target.id && p.hasData) && this.scoring.clock.inProgress(target)) {
      const running = await this.scoring.ranking(em, target, scope);
      view.monthToDate = new Map(running.result.rows.map((r) => [r.unitCode, r]));
      view.monthToDateAsOf = running.asOf;
    }
    return view;
  }
}
