import { unitInScope, type RankingScope as SharedScope, type UnitKind as SharedKind } from '@scorecard/shared';
import type { RankingScope, UnitKind } from '@/api/generated/graphql';

/** Whether a unit of this kind is ranked in this scope (shared's rule; the API spells both in upper case). */
export function kindInScope(kind: UnitKind, scope: RankingScope): boolean {
  return unitInScope(kind.toLowerCase() as SharedKind, scope.toLowerCase() as SharedScope);
}

/** The narrowest scope that contains a unit of this kind: the scope of its own kind. */
export function scopeOfKind(kind: UnitKind): RankingScope {
  return kind;
}

/**
 * The scope a unit's page falls back to when the chosen one does not contain the unit (issue: a unit user who
 * picked 公共服务单位 on the ranking and then opened 本单位 got UNIT_NOT_FOUND). Null when the scope is fine.
 */
export function fallbackScope(kind: UnitKind, scope: RankingScope): RankingScope | null {
  return kindInScope(kind, scope) ? null : scopeOfKind(kind);
}
