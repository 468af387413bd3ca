import type { Role } from '@/api/generated/graphql';

/** Who reviews submitted items and appeals (the server refuses everyone else). */
export const QUEUE_ROLES: readonly Role[] = ['ASSESSOR'];
/** Who sees the leadership summary of every unit. */
export const SUMMARY_ROLES: readonly Role[] = ['LEADER', 'ASSESSOR', 'ADMIN'];
/** Who corrects the working-day calendar. */
export const WORKDAY_ROLES: readonly Role[] = ['ADMIN'];
