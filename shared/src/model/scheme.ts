/** Scoring rules of SPEC §5, each giving 0–100. Parameters are data so assessors can edit them. */
export type ScoringRule =
  | { kind: 'band'; floor: number; target: number }
  | { kind: 'logTarget'; targetPerMonth: number }
  | { kind: 'scale'; lo: number; hi: number }
  | { kind: 'binary' }
  | { kind: 'minmax' };

export type ScoringRuleKind = ScoringRule['kind'];

export interface LocalizedName {
  zh: string;
  en: string;
}

/**
 * One colour band of a legend (DHIS2-style): a 0–100 score shown with two decimals that is ≥ `from`
 * (and below the next higher band's `from`) gets `color`. See scoring/legend.ts.
 */
export interface LegendBand {
  from: number;
  /** `#rrggbb`. */
  color: string;
  label: LocalizedName;
}

/** 二级指标: one measure scored by one rule, with a weight inside its dimension. */
export interface SubIndicatorDef {
  id: string;
  name: LocalizedName;
  weight: number;
  /** A computed measure id (COMPUTED_MEASURE_IDS) or the id of a manual measure. */
  measureId: string;
  /** 'computed' measures come from the raw records; 'manual' ones are entered or imported directly. */
  source: 'computed' | 'manual';
  rule: ScoringRule;
  enabled: boolean;
  /** Colour bands of this sub-indicator's score; absent = its dimension's, else the grade bands. */
  legend?: LegendBand[];
}

/** 一级指标: weight in points out of 100. */
export interface DimensionDef {
  id: string;
  name: LocalizedName;
  weight: number;
  enabled: boolean;
  subIndicators: SubIndicatorDef[];
  /** Colour bands of this dimension's score (and of its sub-indicators without their own). */
  legend?: LegendBand[];
}

export interface PenaltyRule {
  /** The measure that counts incidents (P). */
  measureId: string;
  pointsPerIncident: number;
  maxPoints: number;
}

/** The indicator tree: data, not code (SPEC §3). Versioned and published with a period. */
export interface Scheme {
  id: string;
  version: number;
  name: string;
  dimensions: DimensionDef[];
  penalty: PenaltyRule;
  /** Sub-indicator scores below this open remediation items on publication (SPEC §7). */
  remediationThreshold: number;
  /** The scheme's default colour bands (of dimensions without their own); absent = the grade bands. */
  legend?: LegendBand[];
}
