export const UNIT_KINDS = ['municipal', 'district', 'public_service'] as const;
/** SPEC §2: municipal departments, districts/counties/development zones, public-service units. */
export type UnitKind = (typeof UNIT_KINDS)[number];

export interface UnitRef {
  code: string;
  name: string;
  kind: UnitKind;
}

export const RANKING_SCOPES = ['all', 'municipal', 'district', 'public_service'] as const;
/** A ranking is taken over all units or within one kind (SPEC §2). */
export type RankingScope = (typeof RANKING_SCOPES)[number];

export function unitInScope(kind: UnitKind, scope: RankingScope): boolean {
  return scope === 'all' || scope === kind;
}
