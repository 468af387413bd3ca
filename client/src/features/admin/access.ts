import type { Role } from '@/api/generated/graphql';
import { IMPORT_ROLES, TOKEN_ROLES } from '@/features/imports/access';

/** Who may manage accounts (the server refuses everyone else with FORBIDDEN). */
export const USER_ADMIN_ROLES: readonly Role[] = ['ADMIN'];
/** Who may read the audit log: administrators (accounts) and assessors (scheme, publication changes). */
export const AUDIT_ROLES: readonly Role[] = ['ADMIN', 'ASSESSOR'];

/** Same rule as the router guard: no role list means every signed-in user. */
export function mayOpen(roles: readonly Role[] | undefined, role: Role | null): boolean {
  if (!roles) return role != null;
  return role != null && roles.includes(role);
}

export interface AdminLink {
  /** the route name */
  name: 'admin-users' | 'admin-audit' | 'imports' | 'admin-tokens' | 'admin-workdays';
  /** i18n key of the link text */
  label: 'nav.adminUsers' | 'nav.adminAudit' | 'nav.imports' | 'nav.adminTokens' | 'nav.adminWorkdays';
}

const LINKS: ReadonlyArray<AdminLink & { roles: readonly Role[] }> = [
  { name: 'admin-users', label: 'nav.adminUsers', roles: USER_ADMIN_ROLES },
  { name: 'admin-audit', label: 'nav.adminAudit', roles: AUDIT_ROLES },
  { name: 'imports', label: 'nav.imports', roles: IMPORT_ROLES },
  { name: 'admin-tokens', label: 'nav.adminTokens', roles: TOKEN_ROLES },
  { name: 'admin-workdays', label: 'nav.adminWorkdays', roles: USER_ADMIN_ROLES },
];

/** The administration links a role is offered in the header (the router guards the same role lists). */
export function adminLinks(role: Role | null): AdminLink[] {
  return LINKS.filter((link) => mayOpen(link.roles, role)).map(({ name, label }) => ({ name, label }));
}
