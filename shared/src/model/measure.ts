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
