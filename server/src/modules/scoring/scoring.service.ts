import type { EntityManager } from '@mikro-orm/core';
import {
  computeRanking,
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
import { latestPublication, readPublishedRanking, type PublicationInfo } from '../publications/publication-reader.js';
import { getScheme, listSchemes, newestFrozenScheme } from '../schemes/scheme.service.js';
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

/** Which results to show. Neither: the period's latest publication, else live under the newest frozen version. */
export interface RankingSelector {
  /** Live scores under this scheme version (a draft included). */
  schemeVersion?: number | null;
  /** The snapshot of this publication (an earlier one included). */
  publicationId?: string | null;
}

/** A ranking with everything the API needs to describe it. */
export interface ComputedRanking {
  period: Period;
  scope: RankingScope;
  scheme: Scheme;
  units: Map<string, UnitRef>;
  result: RankingResult;
  previousPeriodId: string | null;
  /** The publication this ranking is the snapshot of; null = computed live. */
  publication: PublicationInfo | null;
  /** The previous period's ranking in the same scope (what rank changes compare with). */
  previous: RankingResult | null;
  /** Set while the period is in progress: its scores count the data through this day (preliminary). */
  asOf: string | null;
  /** Whether the period is published (also when this ranking is a live one under an explicit version). */
  periodPublished: boolean;
  /** For a snapshot: whether it is the period's latest publication (an earlier one was asked for by id otherwise). */
  latestPublication: boolean;
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
 * Rank change of a live ranking compares with the previous period as people see it (its snapshot
 * when published) — or, for an explicit scheme version, with the previous period under that same
 * version, so that a what-if comparison changes one thing at a time.
 */
export type PreviousAs = 'as-shown' | 'same-scheme';

/**
 * Turns measures into scores with the pure engine, or reads a publication's snapshot. SQL never
 * weighs anything; this service only gathers inputs (units, measures, the scheme, the previous
 * period) and calls `computeRanking`.
 */
export class ScoringService {
  /**
   * Rankings by (period, scope, selector, data version). Per process, yet consistent across
   * processes: the data version (imports, manual values, scheme saves, publications) comes from the
   * database on every call, so a change made through any process changes the key everywhere.
   * Measured on the city-year: a live ranking costs 2 measure reads, units, periods and two engine
   * runs (~5 ms warm); a hit costs the version read (~0.1 ms).
   */
  private readonly rankings = new VersionedCache<ComputedRanking>(256);

  constructor(
    private readonly measures: MeasureService,
    readonly clock: PeriodClock = new PeriodClock(),
  ) {}

  /** The scheme live (unpublished) periods are scored with: the newest frozen version. */
  async scheme(em: EntityManager): Promise<Scheme> {
    return (await newestFrozenScheme(em)).scheme;
  }

  /**
   * The key part every cached score depends on. Callers that cache whole responses
   * (graphql/fast-path/middleware.ts) key them by versionKey.
   */
  async cacheVersion(em: EntityManager): Promise<string> {
    return this.versionKey(await readDataVersion(em));
  }

  /** cacheVersion for a data version read elsewhere (the response cache's fast path reads it with the session). */
  versionKey(dataVersion: string): string {
    // Today is part of the key: the period in progress counts the data through today (PeriodClock).
    return `${dataVersion}|${this.clock.today()}`;
  }

  async ranking(em: EntityManager, period: Period, scope: RankingScope, selector: RankingSelector = {}): Promise<ComputedRanking> {
    const { schemeVersion = null, publicationId = null } = selector;
    if (schemeVersion !== null && publicationId !== null) {
      throw new AppError(ERROR_CODES.BAD_USER_INPUT, '方案版本与发布记录只能指定其一。Give a scheme version or a publication, not both.');
    }
    // The version holds today, so a period in progress is recomputed when the day (its asOf) moves.
    const version = await this.cacheVersion(em);
    const key = `${period.id}|${scope}|${schemeVersion ?? ''}|${publicationId ?? ''}|${version}`;
    return this.rankings.get(key, () => this.resolve(em, period, scope, schemeVersion, publicationId));
  }

  private async resolve(
    em: EntityManager,
    period: Period,
    scope: RankingScope,
    schemeVersion: number | null,
    publicationId: string | null,
  ): Promise<ComputedRanking> {
    if (publicationId !== null) {
      const ranking = await this.snapshot(em, period, scope, publicationId);
      if (ranking.publication?.period !== period.id) {
        throw new AppError(ERROR_CODES.BAD_USER_INPUT, `该发布记录不属于 ${period.id}。Publication ${publicationId} is not of ${period.id}.`, { publicationId });
      }
      return { ...ranking, latestPublication: (await latestPublication(em, period.id))?.id === publicationId };
    }
    if (schemeVersion !== null) {
      const live = await this.liveRanking(em, period, scope, (await getScheme(em, schemeVersion)).scheme, 'same-scheme');
      return { ...live, periodPublished: (await latestPublication(em, period.id)) !== null };
    }
    const published = await latestPublication(em, period.id);
    if (published) return this.snapshot(em, period, scope, published.id);
    return this.liveRanking(em, period, scope, (await newestFrozenScheme(em)).scheme, 'as-shown');
  }

  /** A publication's frozen ranking of one scope; unit names are today's (codes and kinds are the snapshot's). */
  private async snapshot(em: EntityManager, period: Period, scope: RankingScope, publicationId: string): Promise<ComputedRanking> {
    const [published, units] = await Promise.all([readPublishedRanking(em, publicationId, scope), listUnits(em)]);
    return {
      period,
      scope,
      scheme: published.scheme,
      units: new Map(units.map((u) => [u.code, u])),
      result: published.result,
      previousPeriodId: published.previousPeriod,
      previous: published.previousResult,
      asOf: null,
      publication: published.publication,
      periodPublished: true,
      latestPublication: true,
    };
  }

  /**
   * Scores computed now from the current measures under `scheme` (uncached: publication calls it once
   * per scope). A period in progress counts its days so far (PeriodClock); its previous period is complete.
   */
  async liveRanking(em: EntityManager, period: Period, scope: RankingScope, scheme: Scheme, previousAs: PreviousAs): Promise<ComputedRanking> {
    const [units, withData, dated] = await Promise.all([listUnits(em), this.periodIdsWithData(em), this.clock.dated(em, period)]);
    const previous = previousPeriod(period);
    let previousResult: RankingResult | null = null;
    if (withData.has(previous.id)) {
      const published = previousAs === 'as-shown' ? await latestPublication(em, previous.id) : null;
      previousResult = published
        ? (await readPublishedRanking(em, published.id, scope)).result
        : await this.compute(previous, scope, scheme, units, null);
    }
    const result = await this.compute(dated.period, scope, scheme, units, previousResult);
    return {
      period,
      scope,
      scheme,
      units: new Map(units.map((u) => [u.code, u])),
      result,
      previousPeriodId: previousResult ? previous.id : null,
      previous: previousResult,
      asOf: dated.asOf,
      publication: null,
      periodPublished: false,
      latestPublication: false,
    };
  }

  /**
   * The measure behind an indicator id, as the period is shown: a sub-indicator of the scheme the
   * period's results use (published or newest frozen), else of any version, newest first, maps to its
   * measure; anything else is taken as a measure id (U1, P, a manual measure) and the evidence query
   * refuses it if it is none.
   */
  async measureIdOf(em: EntityManager, indicatorId: string, period: Period): Promise<string> {
    const published = await latestPublication(em, period.id);
    const shown = published ? await getScheme(em, published.schemeVersion) : await newestFrozenScheme(em);
    const all = (await listSchemes(em)).reverse();
    for (const { scheme } of [shown, ...all]) {
      for (const dimension of scheme.dimensions) {
        const sub = dimension.subIndicators.find((s) => s.id === indicatorId);
        if (sub) return sub.measureId;
      }
    }
    return indicatorId;
  }

  /**
   * Rankings of the periods of one kind from `fromId` to `toId` that have data, oldest first. The
   * range is bounded by the data: only periods that have data are computed (nothing is enumerated
   * between absurd bounds), at most MAX_TREND_PERIODS of them, else BAD_USER_INPUT.
   */
  async trend(em: EntityManager, fromId: string, toId: string, scope: RankingScope, schemeVersion: number | null = null): Promise<ComputedRanking[]> {
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
    for (const { hasData: _, ...period } of periods) rankings.push(await this.ranking(em, period, scope, { schemeVersion }));
    return rankings;
  }

  private async compute(
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
