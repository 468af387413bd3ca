import type { Role } from '@/api/generated/graphql';

/** Who may upload raw-data files in the browser (the server refuses everyone else with 403). */
export const IMPORT_ROLES: readonly Role[] = ['ASSESSOR', 'ADMIN'];
/** Who manages service accounts' API tokens. */
export const TOKEN_ROLES: readonly Role[] = ['ADMIN'];
