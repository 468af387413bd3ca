import type { AuthChecker } from 'type-graphql';
import { AppError, ERROR_CODES } from '../errors.js';
import type { GraphQLContext, Role, Viewer } from './context.js';

/**
 * `@Authorized()` = any signed-in user; `@Authorized('ASSESSOR', 'ADMIN')` = those roles.
 * Row-level rules (a UNIT user sees its own unit's details only) live in the services via
 * `assertCanSeeUnitDetails`, because they depend on arguments and data, not on the field alone.
 */
export const authChecker: AuthChecker<GraphQLContext, Role> = ({ context }, roles) => {
  // Signed out is UNAUTHENTICATED even on role-restricted fields (type-graphql would say FORBIDDEN there).
  const viewer = requireViewer(context.viewer);
  // A service account only delivers files (REST /api/imports): no GraphQL field is for it.
  if (viewer.role === 'INGEST') return false;
  return roles.length === 0 || roles.includes(viewer.role);
};

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AppError(ERROR_CODES.UNAUTHENTICATED, '请先登录。Please sign in.');
  return viewer;
}

/** Service-level twin of `@Authorized(...roles)`. */
export function requireRole(viewer: Viewer | null, ...roles: Role[]): Viewer {
  const signedIn = requireViewer(viewer);
  if (!roles.includes(signedIn.role)) {
    throw new AppError(ERROR_CODES.FORBIDDEN, '您无权执行此操作。You are not allowed to do this.');
  }
  return signedIn;
}

export function canSeeUnitDetails(viewer: Viewer | null, unitCode: string): boolean {
  if (!viewer) return false;
  return viewer.role !== 'UNIT' || viewer.unitCode === unitCode;
}

/** Scorecard details, trends, evidence and remediation: a UNIT user sees its own unit only. */
export function assertCanSeeUnitDetails(viewer: Viewer | null, unitCode: string): void {
  requireViewer(viewer);
  if (!canSeeUnitDetails(viewer, unitCode)) {
    throw new AppError(
      ERROR_CODES.FORBIDDEN,
      '您只能查看本单位的详细评分。You can only see your own unit\'s details.',
      { unitCode },
    );
  }
}
