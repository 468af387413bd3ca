import type { EntityManager } from '@mikro-orm/core';
import {
  apportionScores,
  attributeScoreChange,
  COMPUTED_MEASURE_IDS,
  describePenaltyChange,
  describeReweightChange,
  describeSchemeChange,
  describeSubIndicatorChange,
  partLabel,
  previousPeriod,
  type ApplicabilityChange,
  type ChangePart,
  type ChangePartKind,
  type MeasureValue,
  type Period,
  type RankingScope,
  type ReweightItem,
  type Scheme,
  type SubIndicatorDef,
  type TextLocale,
  type UnitResult,
  type WorstRecord,
} from '@scorecard/shared';
import { worstEvidence } from '../measures/index.js';
import { unitRow, type ComputedRanking, type ScoringService } from '../scoring/scoring.service.js';

export interface ScoreChangePartView {
  indicatorId: string;
  kind: ChangePartKind;
  /** Full precision; the parts sum to to − from. */
  points: number;
  /** Two decimals; the shown parts sum to the shown change. */
  shownPoints: number;
  label: string;
  text: string;
  /** The evidence query lists records for indicatorId (sub-indicators and the penalty). */
  hasRecords: boolean;
}

export interface ScoreChangeView {
  ranking: ComputedRanking;
  unitCode: string;
  from: number | null;
  to: number | null;
  parts: ScoreChangePartView[];
  locale: TextLocale;
}

const COMPUTED = new Set<string>(COMPUTED_MEASURE_IDS);

function subDefs(scheme: Scheme): Map<string, SubIndicatorDef> {
  return new Map(scheme.dimensions.flatMap((d) => d.subIndicators.map((s) => [s.id, s] as const)));
}

function measureOf(result: UnitResult | null, subId: string): { value: MeasureValue; score: number | null } | null {
  for (const d of result?.dimensions ?? []) {
    const s = d.subIndicators.find((x) => x.id === subId);
    if (s) return { value: { value: s.value, numerator: s.numerator, denominator: s.denominator }, score: s.score };
  }
  return null;
}

const NA: MeasureValue = { value: null, numerator: null, denominator: null };

/**
 * Why a unit's composite moved from the previous period of the same kind (得分变动归因): the exact
 * parts of shared/insights/attribution.ts, each with a sentence generated from the unit's measures
 * and its worst records (the evidence queries), in the request's language.
 */
export class ScoreChangeService {
  constructor(private readonly scoring: ScoringService) {}

  async scoreChange(
    em: EntityManager,
    unitCode: string,
    period: Period,
    scope: RankingScope,
    locale: TextLocale,
  ): Promise<ScoreChangeView> {
    const ranking = await this.scoring.ranking(em, period, scope);
    const current = unitRow(ranking, unitCode);
    const previous = ranking.previous?.rows.find((r) => r.unitCode === unitCode) ?? null;
    // The previous period as shown may be scored with another scheme version (its publication's):
    // rescore it with this period's scheme and the difference becomes the SCHEME part.
    const rescored = await this.previousUnderScheme(em, ranking, unitCode);
    const breakdown = attributeScoreChange({ previous, current, previousUnderCurrentScheme: rescored?.row ?? null });
    const { from, to } = breakdown;
    const shown =
      from === null || to === null
        ? []
        : apportionScores(
            breakdown.parts.map((p) => p.points),
            from,
            to,
          );
    const counted = (await this.scoring.clock.dated(em, period)).period;
    const defs = subDefs(ranking.scheme);
    const parts = await Promise.all(
      breakdown.parts.map(async (part, i): Promise<ScoreChangePartView> => {
        const shownPoints = shown[i] ?? 0;
        const def = defs.get(part.id) ?? null;
        const facts = { part, shownPoints, def, previous, current, unitCode, counted, locale, rescored };
        return {
          indicatorId: part.id,
          kind: part.kind,
          points: part.points,
          shownPoints,
          label: partLabel(part, def?.name ?? null, locale),
          text: await this.describe(em, facts, breakdown.applicability, ranking.scheme),
          hasRecords: part.kind === 'subIndicator' || part.kind === 'penalty',
        };
      }),
    );
    return { ranking, unitCode, from, to, parts, locale };
  }

  /**
   * The unit's previous-period result under the scheme of `ranking`, when the previous period as
   * shown was scored with another version; null when both use the same version (no SCHEME part).
   */
  private async previousUnderScheme(
    em: EntityManager,
    ranking: ComputedRanking,
    unitCode: string,
  ): Promise<{ row: UnitResult | null; fromVersion: number; toVersion: number } | null> {
    const shown = ranking.previous;
    const toVersion = ranking.result.schemeVersion;
    if (!shown || shown.schemeVersion === toVersion) return null;
    const again = await this.scoring.ranking(em, previousPeriod(ranking.period), ranking.scope, { schemeVersion: toVersion });
    const row = again.result.rows.find((r) => r.unitCode === unitCode) ?? null;
    return { row, fromVersion: shown.schemeVersion, toVersion };
  }

  private async describe(
    em: EntityManager,
    f: {
      part: ChangePart;
      shownPoints: number;
      def: SubIndicatorDef | null;
      previous: UnitResult | null;
      current: UnitResult;
      unitCode: string;
      counted: Period;
      locale: TextLocale;
      rescored: { row: UnitResult | null; fromVersion: number; toVersion: number } | null;
    },
    applicability: ApplicabilityChange[],
    scheme: Scheme,
  ): Promise<string> {
    const worst = (measureId: string): Promise<WorstRecord[]> =>
      COMPUTED.has(measureId)
        ? worstEvidence(em, { unitCode: f.unitCode, period: f.counted, measureId })
        : Promise.resolve([]);
    switch (f.part.kind) {
      case 'subIndicator': {
        const measureId = f.def?.measureId ?? f.part.id;
        return describeSubIndicatorChange(
          {
            id: f.part.id,
            name: f.def?.name ?? { zh: f.part.id, en: f.part.id },
            measureId,
            before: measureOf(f.previous, f.part.id)?.value ?? NA,
            now: measureOf(f.current, f.part.id)?.value ?? NA,
            points: f.shownPoints,
            worst: await worst(measureId),
          },
          f.locale,
        );
      }
      case 'penalty': {
        const taken = (r: UnitResult | null) => (r?.compositeBeforePenalty ?? 0) - (r?.composite ?? 0);
        return describePenaltyChange(
          {
            points: f.shownPoints,
            incidents: { before: f.previous?.incidents ?? 0, now: f.current.incidents },
            taken: { before: taken(f.previous), now: taken(f.current) },
            worst: await worst(scheme.penalty.measureId),
          },
          f.locale,
        );
      }
      case 'reweight':
        return describeReweightChange(
          { points: f.shownPoints, items: reweightItems(applicability, scheme, f.previous, f.current) },
          f.locale,
        );
      case 'scheme':
        return describeSchemeChange(
          {
            points: f.shownPoints,
            fromVersion: f.rescored?.fromVersion ?? 0,
            toVersion: f.rescored?.toVersion ?? 0,
            from: f.previous?.composite ?? 0,
            rescored: f.rescored?.row?.composite ?? 0,
          },
          f.locale,
        );
    }
  }
}

/** What became N/A or applicable, with names and values, for the NA_REWEIGHT sentence. */
export function reweightItems(
  changes: ApplicabilityChange[],
  scheme: Scheme,
  previous: UnitResult | null,
  current: UnitResult,
): ReweightItem[] {
  const defs = subDefs(scheme);
  return changes.map((c): ReweightItem => {
    if (c.level === 'dimension') {
      const dim = scheme.dimensions.find((d) => d.id === c.id);
      const score = current.dimensions.find((d) => d.id === c.id)?.score ?? null;
      return {
        level: 'dimension',
        id: c.id,
        name: dim?.name ?? { zh: c.id, en: c.id },
        applicableNow: c.applicableNow,
        score,
      };
    }
    const def = defs.get(c.id);
    const side = measureOf(c.applicableNow ? current : previous, c.id);
    return {
      level: 'subIndicator',
      id: c.id,
      name: def?.name ?? { zh: c.id, en: c.id },
      applicableNow: c.applicableNow,
      measureId: def?.measureId ?? c.id,
      value: side?.value ?? NA,
      score: side?.score ?? null,
    };
  });
}
