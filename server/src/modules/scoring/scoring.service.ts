import type { EntityManager } from '@mikro-orm/core';
import {
  computeRanking,
  DEFAULT_SCHEME,
  parsePeriod,
  previousPeriod,
  type Period,
  type RankingResult,
  type RankingScope,
  type Scheme,
  type UnitRef,
  type UnitResult,
} from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';
import type { MeasureService } from '../measures/index.js';
import { PeriodClock } from '../periods/period-clock.js';
import { listPeriods } from '../periods/period.service.js';
import { listUnits } from '../units/unit.service.js';
import { readDataVersion } from './data-version.js';
import { VersionedCache } from './versioned-cache.js';

/** The most periods one trend computes (each is a ranking, cold or cached). */
export const MAX_TREND_PERIODS = 60;

/** The bounds of a trend: two period ids of one kind, `from` not after `to`. Anything else is the caller's mistake. */
function trendBounds(fromId: string, toId: string): { from: Period; to: Period } {
  const from = parsePeriod(fromId);
  const to = parsePeriod(toId);
  if (!from || !to || from.kind !== to.kind || from.start > to.start) {
    const [f, t] = [fromId, toId].map((id) => (id.length > 20 ? `${id.slice(0, 20)}…` : id));
    throw new AppError(
      ERROR_CODES.BAD_USER_INPUT,
      `「${f}」到「${t}」不是同一类型、由早到晚的周期范围。"${f}"–"${t}" is not a range of periods of one kind, earliest first.`,
      { from: f, to: t },
    );
  }
  return { from, to };
}

/** A ranking with everything the API needs to describe it. */
export interface ComputedRanking {
  period: Period;
  scope: RankingScope;
  scheme: Scheme;
  units: Map<string, UnitRef>;
  result: RankingResult;
  previousPeriodId: string | null;
  /** The previous period's ranking in the same scope (what rank changes compare with). */
  previous: RankingResult | null;
  /** Set while the period is in progress: its scores count the data through this day (preliminary). */
  asOf: string | null;
}

/** A unit's row of a ranking; UNIT_NOT_FOUND when the unit is not in the ranking's scope. */
export function unitRow(ranking: ComputedRanking, unitCode: string): UnitResult {
  const row = ranking.result.rows.find((r) => r.unitCode === unitCode);
  if (!row) {
    throw new AppError(
      ERROR_CODES.UNIT_NOT_FOUND,
      `单位「${unitCode}」不在该排名范围内。Unit "${unitCode}" is not in this ranking scope.`,
      { unitCode },
    );
  }
  return row;
}

/**
 * Turns measures into scores with the pure engine. SQL never weighs anything; this service only
 * gathers inputs (units, measures, the scheme, the previous period) and calls `computeRanking`.
 */
export class ScoringService {
  /**
   * Rankings by (period, scope, scheme version, data version). Per process, yet consistent across
   * processes: the versions come from the database on every call, so an import made through any
   * process changes the key everywhere. Measured on the city-year: a ranking costs 2 measure reads,
   * units, periods and two engine runs (~5 ms warm); a hit costs the version read (~0.1 ms).
   */
  private readonly rankings = new VersionedCache<ComputedRanking>(256);

  constructor(
    private readonly measures: MeasureService,
    private readonly currentScheme: () => Scheme = () => DEFAULT_SCHEME,
    readonly clock: PeriodClock = new PeriodClock(),
  ) {}

  /** The scheme live (unpublished) periods are scored with. */
  scheme(): Scheme {
    return this.currentScheme();
  }

  /**
   * The key part every cached score depends on: scheme version and data version. Callers that cache
   * whole responses (graphql/fast-path/middleware.ts) key them by versionKey.
   */
  async cacheVersion(em: EntityManager): Promise<string> {
    return this.versionKey(await readDataVersion(em));
  }

  /** cacheVersion for a data version read elsewhere (the response cache's fast path reads it with the session). */
  versionKey(dataVersion: string): string {
    // Today is part of the key: the period in progress counts the data through today (PeriodClock).
    return `${this.currentScheme().version}|${dataVersion}|${this.clock.today()}`;
  }

  async ranking(em: EntityManager, period: Period, scope: RankingScope): Promise<ComputedRanking> {
    const version = await this.cacheVersion(em);
    const { period: counted, asOf } = await this.clock.dated(em, period);
    return this.rankings.get(`${period.id}|${asOf ?? ''}|${scope}|${version}`, () =>
      this.computeFresh(em, period, counted, asOf, scope),
    );
  }

  private async computeFresh(
    em: EntityManager,
    period: Period,
    counted: Period,
    asOf: string | null,
    scope: RankingScope,
  ): Promise<ComputedRanking> {
    const [units, withData] = await Promise.all([listUnits(em), this.periodIdsWithData(em)]);
    const scheme = this.currentScheme();
    const previous = previousPeriod(period);
    const previousResult = withData.has(previous.id) ? await this.compute(em, previous, scope, scheme, units, null) : null;
    const result = await this.compute(em, counted, scope, scheme, units, previousResult);
    return {
      period,
      scope,
      scheme,
      units: new Map(units.map((u) => [u.code, u])),
      result,
      previousPeriodId: previousResult ? previous.id : null,
      previous: previousResult,
      asOf,
    };
  }

  /**
   * The measure behind an indicator id: a sub-indicator id of the current scheme maps to its
   * measure; a measure id (U1, P, a manual indicator) maps to itself. Unknown → INDICATOR_NOT_FOUND.
   */
  measureIdOf(indicatorId: string): string {
    const scheme = this.currentScheme();
    for (const dimension of scheme.dimensions) {
      const sub = dimension.subIndicators.find((s) => s.id === indicatorId);
      if (sub) return sub.measureId;
    }
    const known = scheme.dimensions.some((d) => d.subIndicators.some((s) => s.measureId === indicatorId));
    if (known || indicatorId === scheme.penalty.measureId) return indicatorId;
    throw new AppError(ERROR_CODES.INDICATOR_NOT_FOUND, `没有指标「${indicatorId}」。No indicator "${indicatorId}".`, { indicatorId });
  }

  /**
   * Rankings of the periods of one kind from `fromId` to `toId` that have data, oldest first. The
   * range is bounded by the data: only periods that have data are computed (nothing is enumerated
   * between absurd bounds), at most MAX_TREND_PERIODS of them, else BAD_USER_INPUT.
   */
  async trend(em: EntityManager, fromId: string, toId: string, scope: RankingScope): Promise<ComputedRanking[]> {
    const { from, to } = trendBounds(fromId, toId);
    const periods = (await listPeriods(em))
      .filter((p) => p.hasData && p.kind === from.kind && p.start >= from.start && p.start <= to.start)
      .sort((a, b) => a.start.localeCompare(b.start));
    if (periods.length > MAX_TREND_PERIODS) {
      throw new AppError(
        ERROR_CODES.BAD_USER_INPUT,
        `趋势最多覆盖 ${MAX_TREND_PERIODS} 个有数据的周期（所选范围有 ${periods.length} 个）。A trend covers at most ${MAX_TREND_PERIODS} periods with data (this range has ${periods.length}).`,
        { maxPeriods: MAX_TREND_PERIODS },
      );
    }
    const rankings: ComputedRanking[] = [];
    for (const { hasData: _, ...period } of periods) rankings.push(await this.ranking(em, period, scope));
    return rankings;
  }

  private async compute(
    em: EntityManager,
    period: Period,
    scope: RankingScope,
    scheme: Scheme,
    units: UnitRef[],
    previous: RankingResult | null,
  ): Promise<RankingResult> {
    const measures = await this.measures.measuresFor(period);
    return computeRanking({ period, scheme, units, measures, scope, previous });
  }

  private async periodIdsWithData(em: EntityManager): Promise<Set<string>> {
    return new Set((await listPeriods(em)).filter((p) => p.hasData).map((p) => p.id));
  }
}
