import type { RankingScope, UnitKind } from './unit.js';

export const GRADES = ['excellent', 'good', 'pass', 'fail'] as const;
export type Grade = (typeof GRADES)[number];

export interface SubIndicatorScore {
  id: string;
  measureId: string;
  /** The configured weight. */
  weight: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  /** 0–100 at full precision; null when N/A. */
  score: number | null;
  applicable: boolean;
  /** (Wₖ/ΣW)·(wᵢ/Σw)·(100 − sᵢ) over the weights actually used; 0 when N/A (SPEC §6). */
  pointsLost: number;
}

export interface DimensionScore {
  id: string;
  weight: number;
  /** Σ wᵢ·sᵢ / Σ wᵢ over applicable sub-indicators; null when all are N/A. */
  score: number | null;
  applicable: boolean;
  subIndicators: SubIndicatorScore[];
}

export interface UnitResult {
  unitCode: string;
  kind: UnitKind;
  /** Weighted dimensions minus penalty, clamped to [0, 100], full precision; null = not ranked. */
  composite: number | null;
  /** Weighted dimensions before the penalty; null when all dimensions are N/A. */
  compositeBeforePenalty: number | null;
  penalty: number;
  incidents: number;
  grade: Grade | null;
  /** Competition rank (1, 2, 2, 4) on the composite rounded to two decimals; null when unranked. */
  rank: number | null;
  /** previous rank − this rank (positive = moved up); null when either is missing. */
  rankChange: number | null;
  previousRank: number | null;
  /** The composite of the previous period in the same scope (full precision); null when either is missing. */
  previousComposite: number | null;
  dimensions: DimensionScore[];
}

export interface RankingResult {
  periodId: string;
  scope: RankingScope;
  schemeId: string;
  schemeVersion: number;
  /** Ranked units first (by rank, ties by unit code), then unranked units by code. */
  rows: UnitResult[];
}
