/**
 * The ids of the measures computed by the server (SPEC §4). Any other measure id in a scheme is a
 * `manual` measure whose values are entered or imported (manual_values.csv).
 */
export const COMPUTED_MEASURE_IDS = [
  'U1', 'E1', 'E2', 'E3', 'S1', 'S2', 'R1', 'R2', 'R3', 'D1', 'D2', 'D3', 'P',
] as const;
export type ComputedMeasureId = (typeof COMPUTED_MEASURE_IDS)[number];

/**
 * One measure of one unit in one period. `value === null` means N/A: the measure does not apply
 * to that unit in that period. Ratios carry their numerator and denominator so that screens can
 * show "31 of 40"; counts and means carry them where they have a natural meaning
 * (E3 and D1: sum and count), otherwise null.
 */
export interface MeasureValue {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

/** measure id → value, for one unit. A measure missing from the record is N/A. */
export type UnitMeasures = Record<string, MeasureValue>;

/** unit code → its measures, for one period. */
export type MeasureTable = Record<string, UnitMeasures>;

export const NOT_APPLICABLE: MeasureValue = Object.freeze({ value: null, numerator: null, denominator: null });

/**
 * What kind of number a measure is (SPEC §4), so screens format it without guessing: a `ratio` 0–1
 * (shown as a percentage), a `count` of records or calls, a `mean` of a 1–5 or 1–4 scale, a 0/1 `binary`
 * flag, or a plain `number` entered directly (a manual measure).
 */
export const MEASURE_VALUE_KINDS = ['ratio', 'count', 'mean', 'binary', 'number'] as const;
export type MeasureValueKind = (typeof MEASURE_VALUE_KINDS)[number];

/** What one unit of a count or mean is; null for ratios, flags and manual numbers. */
export const MEASURE_UNITS = ['calls', 'incidents', 'satisfaction', 'depthLevel'] as const;
export type MeasureUnit = (typeof MEASURE_UNITS)[number];

export interface MeasureInfo {
  kind: MeasureValueKind;
  /** Decimals shown: of the percentage for a ratio, of the value otherwise. */
  decimals: number;
  unit: MeasureUnit | null;
}

const RATIO: MeasureInfo = Object.freeze({ kind: 'ratio', decimals: 2, unit: null });

/** The computed measures of SPEC §4, one row each. */
export const MEASURE_INFO: Readonly<Record<ComputedMeasureId, MeasureInfo>> = Object.freeze({
  U1: RATIO,
  E1: { kind: 'count', decimals: 0, unit: 'calls' },
  E2: RATIO,
  E3: { kind: 'mean', decimals: 2, unit: 'satisfaction' },
  S1: { kind: 'binary', decimals: 0, unit: null },
  S2: RATIO,
  R1: RATIO,
  R2: RATIO,
  R3: RATIO,
  D1: { kind: 'mean', decimals: 2, unit: 'depthLevel' },
  D2: RATIO,
  D3: RATIO,
  P: { kind: 'count', decimals: 0, unit: 'incidents' },
});

/** A manual measure's values are typed or imported as they are. */
export const MANUAL_MEASURE_INFO: MeasureInfo = Object.freeze({ kind: 'number', decimals: 2, unit: null });

export function isComputedMeasureId(id: string): id is ComputedMeasureId {
  return Object.hasOwn(MEASURE_INFO, id);
}

/** The metadata of a measure id; any id that is not computed is a manual measure. */
export function measureInfo(measureId: string): MeasureInfo {
  return isComputedMeasureId(measureId) ? MEASURE_INFO[measureId] : MANUAL_MEASURE_INFO;
}

/** The range a measure's value can take (SPEC §4: satisfaction 1–5, depth levels 1–4, ratios and 0/1 flags 0–1, counts ≥ 0); none for manual measures. */
export function measureRange(measureId: string): { min: number; max: number } {
  const info = measureInfo(measureId);
  if (info.unit === 'satisfaction') return { min: 1, max: 5 };
  if (info.unit === 'depthLevel') return { min: 1, max: 4 };
  switch (info.kind) {
    case 'ratio':
    case 'binary':
      return { min: 0, max: 1 };
    case 'count':
      return { min: 0, max: Number.POSITIVE_INFINITY };
    default:
      return { min: Number.NEGATIVE_INFINITY, max: Number.POSITIVE_INFINITY };
  }
}
