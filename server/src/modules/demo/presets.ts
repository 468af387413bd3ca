import type { UpdateCycle } from '@scorecard/shared';

/** How much data a generated city has per unit. Quality (how good the data is) lives in the profiles. */
export interface ScaleOptions {
  /** Mean shared data resources per unit. */
  resourcesPerUnit: number;
  /** Relative share of each update cycle among resources. */
  cycleMix: Record<UpdateCycle, number>;
  /** Mean number of other units calling each resource. */
  callersPerResource: number;
  /** Probability that a (resource, caller) pair has a call row on a given day. */
  callDayProbability: number;
  demandsPerUnitPerMonth: number;
  systemsPerUnit: number;
  itemsPerUnit: number;
  /** Mean cases a day per unit of typical service volume. */
  casesPerUnitPerDay: number;
  /** Multiplies rating participation (ratings per completed case). */
  ratingsPerCase: number;
  /** Mean incidents a year per unit, besides the incident-prone unit. */
  incidentsPerUnitYear: number;
  /** Share of timestamps written in ISO 8601 with an offset instead of `YYYY-MM-DD HH:MM:SS`. */
  isoTimestampShare: number;
  /** When set, manual_values.csv gets a monthly value per unit for this manual measure id. */
  manualIndicatorId: string | null;
}

// The update cycles are SPEC §4's, defined once in shared.
export { UPDATE_CYCLES, type UpdateCycle } from '@scorecard/shared';

export interface Preset {
  description: string;
  units: number;
  months: number;
  startMonth: string;
  seed: number;
  scale: ScaleOptions;
}

const DEMO_SCALE: ScaleOptions = {
  resourcesPerUnit: 18,
  cycleMix: { daily: 0.12, weekly: 0.45, monthly: 0.33, quarterly: 0.07, yearly: 0.03 },
  callersPerResource: 1.5,
  callDayProbability: 0.12,
  demandsPerUnitPerMonth: 1.7,
  systemsPerUnit: 5,
  itemsPerUnit: 8,
  casesPerUnitPerDay: 4.5,
  ratingsPerCase: 1,
  incidentsPerUnitYear: 0.04,
  isoTimestampShare: 0.001,
  manualIndicatorId: null,
};

export const PRESETS: Readonly<Record<string, Preset>> = {
  demo: {
    description: 'Zhengzhou-like demo city: 75 units, 24 months, about a million rows',
    units: 75,
    months: 24,
    startMonth: '2022-01',
    seed: 20230419,
    scale: DEMO_SCALE,
  },
  smoke: {
    description: 'tiny city for CI: 8 units, 3 months',
    units: 8,
    months: 3,
    startMonth: '2023-01',
    seed: 7,
    scale: {
      ...DEMO_SCALE,
      resourcesPerUnit: 4,
      cycleMix: { daily: 0.25, weekly: 0.35, monthly: 0.25, quarterly: 0.1, yearly: 0.05 },
      callDayProbability: 0.3,
      demandsPerUnitPerMonth: 3,
      systemsPerUnit: 3,
      itemsPerUnit: 5,
      casesPerUnitPerDay: 3,
      incidentsPerUnitYear: 0.2,
      isoTimestampShare: 0.01,
    },
  },
  'city-year': {
    description: 'benchmark: 75 units, 2023, ≈15,000 resources, ≈3M updates, ≈2M cases, ≈3M call rows',
    units: 75,
    months: 12,
    startMonth: '2023-01',
    seed: 20230419,
    scale: {
      ...DEMO_SCALE,
      resourcesPerUnit: 170,
      cycleMix: { daily: 0.58, weekly: 0.25, monthly: 0.13, quarterly: 0.03, yearly: 0.01 },
      callersPerResource: 1.6,
      callDayProbability: 0.41,
      demandsPerUnitPerMonth: 22,
      systemsPerUnit: 8,
      itemsPerUnit: 34,
      casesPerUnitPerDay: 56,
      ratingsPerCase: 1.35,
    },
  },
  province: {
    description: 'stress: 1,000 units, 2023, ≈50M rows',
    units: 1000,
    months: 12,
    startMonth: '2023-01',
    seed: 20230419,
    scale: {
      ...DEMO_SCALE,
      resourcesPerUnit: 60,
      cycleMix: { daily: 0.4, weekly: 0.35, monthly: 0.18, quarterly: 0.05, yearly: 0.02 },
      callersPerResource: 1.2,
      callDayProbability: 0.35,
      demandsPerUnitPerMonth: 22,
      systemsPerUnit: 6,
      itemsPerUnit: 40,
      casesPerUnitPerDay: 45,
      ratingsPerCase: 1.2,
    },
  },
};

export const DEFAULT_SCALE: ScaleOptions = DEMO_SCALE;
