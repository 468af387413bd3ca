import type { Role } from '@/api/generated/graphql';

/** Only assessors edit schemes, type in manual values and publish (the server refuses everyone else). */
export const WORKBENCH_ROLES: readonly Role[] = ['ASSESSOR'];
