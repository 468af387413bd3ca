import type { EntityManager } from '@mikro-orm/core';
import {
  computeRanking,
  DEFAULT_SCHEME,
  periodsBetween,
  previousPeriod,
  type Period,
  type RankingResult,
  type RankingScope,
  type Scheme,
  type UnitRef,
} from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';
import type { MeasureService } from '../measures/index.js';
import { listPeriods } from '../periods/period.service.js';
import { listUnits } from '../units/unit.service.js';
import { readDataVersion } from './data-version.js';
import { VersionedCache } from '../../cache/versioned-cache.js';

/** The periods of a trend: same kind, `from` not after `to`. Anything else is the caller's mistake. */
function trendPeriods(fromId: string, toId: string): Period[] {
  let periods: Period[] = [];
  try {
    periods = periodsBetween(fromId, toId);
  } catch {
    // periodsBetween throws RangeError on a malformed id or two kinds (month vs quarter).
  }
  if (periods.length === 0) {
    throw new AppError(
      ERROR_CODES.BAD_USER_INPUT,
      `「${fromId}」到「${toId}」不是同一类型、由早到晚的周期范围。"${fromId}"–"${toId}" is not a range of periods of one kind, earliest first.`,
      { from: fromId, to: toId },
    );
  }
  return periods;
}

/** A ranking with everything the API needs to describe it. */
export interface ComputedRanking {
  period: Period;
  scope: RankingScope;
  scheme: Scheme;
  units: Map<string, UnitRef>;
  result: RankingResult;
  previousPeriodId: string | null;
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
  ) {}

  /**
   * The key part every cached score depends on: scheme version and data version. Callers that cache
   * whole responses (graphql/fast-path/middleware.ts) key them by versionKey.
   */
  async cacheVersion(em: EntityManager): Promise<string> {
    return this.versionKey(await readDataVersion(em));
  }

  /** cacheVersion for a data version read elsewhere (the response cache's fast path reads it with the session). */
  versionKey(dataVersion: string): string {
    return `${this.currentScheme().version}|${dataVersion}`;
  }

  async ranking(em: EntityManager, period: Period, scope: RankingScope): Promise<ComputedRanking> {
    const version = await this.cacheVersion(em);
    return this.rankings.get(`${period.id}|${scope}|${version}`, () => this.computeFresh(em, period, scope));
  }

  private async computeFresh(em: EntityManager, period: Period, scope: RankingScope): Promise<ComputedRanking> {
    const [units, withData] = await Promise.all([listUnits(em), this.periodIdsWithData(em)]);
    const scheme = this.currentScheme();
    const previous = previousPeriod(period);
    const previousResult = withData.has(previous.id) ? await this.compute(em, previous, scope, scheme, units, null) : null;
    const result = await this.compute(em, period, scope, scheme, units, previousResult);
    return {
      period,
      scope,
      scheme,
      units: new Map(units.map((u) => [u.code, u])),
      result,
      previousPeriodId: previousResult ? previous.id : null,
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

  /** Rankings of consecutive periods of one kind, oldest first; periods without data are skipped. */
  async trend(em: EntityManager, fromId: string, toId: string, scope: RankingScope): Promise<ComputedRanking[]> {
    const periods = trendPeriods(fromId, toId);
    if (periods.length > 60) {
      throw new AppError(ERROR_CODES.BAD_USER_INPUT, '趋势最多覆盖 60 个周期。A trend covers at most 60 periods.');
    }
    const withData = await this.periodIdsWithData(em);
    const rankings: ComputedRanking[] = [];
    for (const period of periods) {
      if (withData.has(period.id)) rankings.push(await this.ranking(em, period, scope));
    }
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
