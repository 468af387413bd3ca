import { hashUnit, Rng } from './random.js';
import type { DemoUnit } from './units.js';
import { HIGH_VOLUME_NAMES } from './unit-names.js';

/** The five scored dimensions of SPEC §3; each unit has a quality level per dimension that drifts monthly. */
export const DIMENSIONS = ['U', 'E', 'S', 'R', 'D'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const ARCHETYPES = ['excellent', 'good', 'average', 'weak', 'failing', 'improving', 'declining', 'uneven'] as const;
export type Archetype = (typeof ARCHETYPES)[number];

export interface UnitProfile {
  unit: DemoUnit;
  archetype: Archetype;
  /** Quality 0–1 per dimension in the first and the last month; months between interpolate. */
  start: Record<Dimension, number>;
  end: Record<Dimension, number>;
  /** Amplitude of the month-to-month wobble around the trend. */
  noise: number;
  hasResources: boolean;
  hasSystems: boolean;
  hasItems: boolean;
  /** The unit with ≥ 5 security incidents in one year (the penalty cap). */
  incidentProne: boolean;
  /** Relative number of shared resources and systems (1 = typical). */
  dataVolume: number;
  /** Relative number of service items and cases (1 = typical). */
  serviceVolume: number;
  /** log10 of the unit's monthly cross-unit calls relative to the E1 target of 10,000. */
  callPopularity: number;
}

interface Role {
  archetype: Archetype;
  hasResources?: boolean;
  hasSystems?: boolean;
  hasItems?: boolean;
  incidentProne?: boolean;
}

/** Fixed profiles of the priority units, so every city of ≥ 8 units has every path the dashboard shows. */
const ROLES: Readonly<Record<string, Role>> = {
  金水区: { archetype: 'excellent' },
  市税务局: { archetype: 'good' },
  市住房公积金管理中心: { archetype: 'improving' },
  市审计局: { archetype: 'average', hasItems: false },
  中牟县: { archetype: 'failing', incidentProne: true },
  市热力总公司: { archetype: 'weak', hasResources: false },
  市统计局: { archetype: 'good', hasSystems: false },
  郑东新区: { archetype: 'declining' },
};

const ARCHETYPE_WEIGHTS: Readonly<Record<Archetype, number>> = {
  excellent: 12, good: 28, average: 28, weak: 10, failing: 4, improving: 9, declining: 6, uneven: 3,
};

function levels(rng: Rng, archetype: Archetype): { start: number; end: number } {
  const r = (lo: number, hi: number): number => rng.between(lo, hi);
  const steady = (lo: number, hi: number): { start: number; end: number } => {
    const start = r(lo, hi);
    return { start, end: start + rng.normal() * 0.05 };
  };
  switch (archetype) {
    case 'excellent': return steady(0.88, 0.99);
    case 'good': return steady(0.76, 0.9);
    case 'average': return steady(0.64, 0.8);
    case 'weak': return steady(0.5, 0.66);
    case 'failing': return steady(0.08, 0.32);
    case 'improving': return { start: r(0.12, 0.4), end: r(0.8, 0.97) };
    case 'declining': return { start: r(0.75, 0.93), end: r(0.15, 0.42) };
    case 'uneven': return steady(0.05, 0.97);
  }
}

export function buildProfiles(seed: number, units: readonly DemoUnit[]): Map<string, UnitProfile> {
  const profiles = new Map<string, UnitProfile>();
  const archetypes = Object.keys(ARCHETYPE_WEIGHTS) as Archetype[];
  const weights = archetypes.map((a) => ARCHETYPE_WEIGHTS[a]);
  for (const unit of units) {
    const rng = new Rng(seed, `profile:${unit.code}`);
    const role = ROLES[unit.name];
    const archetype = role?.archetype ?? archetypes[rng.weighted(weights)];
    const start = {} as Record<Dimension, number>;
    const end = {} as Record<Dimension, number>;
    for (const dim of DIMENSIONS) {
      const l = levels(rng, archetype);
      start[dim] = clamp(l.start, 0.02, 0.99);
      end[dim] = clamp(l.end, 0.02, 0.99);
    }
    const kindVolume = unit.kind === 'district' ? 1.6 : unit.kind === 'public_service' ? 1.1 : 0.8;
    const serviceVolume = (HIGH_VOLUME_NAMES[unit.name] ?? kindVolume) * Math.exp(rng.normal() * 0.35);
    const dataVolume = Math.exp(rng.normal() * 0.4) * (unit.kind === 'district' ? 1.2 : 1);
    const eLevel = (start.E + end.E) / 2;
    profiles.set(unit.code, {
      unit,
      archetype,
      start,
      end,
      noise: rng.between(0.02, 0.07),
      hasResources: role?.hasResources ?? true,
      hasSystems: role?.hasSystems ?? true,
      hasItems: role?.hasItems ?? true,
      incidentProne: role?.incidentProne ?? false,
      dataVolume,
      serviceVolume,
      callPopularity: clamp(rng.normal() * 0.7 + (eLevel - 0.6) * 2, -2.3, 1.4),
    });
  }
  return profiles;
}

/** Quality 0–1 of a dimension in month `monthIndex` (0-based) of `months`: trend plus a seeded wobble. */
export function quality(seed: number, profile: UnitProfile, dim: Dimension, monthIndex: number, months: number): number {
  const t = months <= 1 ? 0 : monthIndex / (months - 1);
  const trend = profile.start[dim] + (profile.end[dim] - profile.start[dim]) * t;
  const wobble = (hashUnit(`${seed}:${profile.unit.code}:${dim}:${monthIndex}`) * 2 - 1) * profile.noise;
  return clamp(trend + wobble, 0.01, 0.995);
}

/** Quality per month, precomputed: hot loops index this instead of hashing. */
export function qualitySeries(seed: number, profile: UnitProfile, dim: Dimension, months: number): number[] {
  return Array.from({ length: months }, (_, m) => quality(seed, profile, dim, m, months));
}

export function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
