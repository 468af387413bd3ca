import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';
import { NotificationRow } from './remediation.entities.js';

export type NotificationKind = 'NEW_ITEM' | 'SUBMITTED' | 'REJECTED' | 'VERIFIED' | 'APPEAL_FILED' | 'APPEAL_DECIDED' | 'DUE_SOON' | 'OVERDUE';

export interface NotificationSubject {
  subjectType: 'ITEM' | 'APPEAL';
  subjectId: string;
  unitCode: string;
  indicatorId: string | null;
  period: string | null;
}

/** Who hears of it: the unit's users (their items), or every assessor (work waiting for them). */
export type Audience = { unitCode: string } | { role: 'ASSESSOR' };

async function recipients(tx: EntityManager, audience: Audience): Promise<string[]> {
  const where: FilterQuery<User> = 'unitCode' in audience ? { role: 'UNIT', unit: { code: audience.unitCode }, disabled: false } : { role: audience.role, disabled: false };
  const users = await tx.find(User, where, { fields: ['id'], disableIdentityMap: true });
  return users.map((u) => u.id);
}

/**
 * Writes one notification per recipient inside the caller's transaction. With a dedupe key, a user
 * who already has that key gets nothing new (the daily reminders).
 */
export async function notify(tx: EntityManager, audience: Audience, kind: NotificationKind, subject: NotificationSubject, dedupeKey: string | null = null): Promise<number> {
  let users = await recipients(tx, audience);
  if (dedupeKey && users.length) {
    const had = await tx.find(NotificationRow, { dedupeKey, userId: { $in: users } }, { fields: ['userId'], disableIdentityMap: true });
    const seen = new Set(had.map((n) => n.userId));
    users = users.filter((u) => !seen.has(u));
  }
  if (!users.length) return 0;
  const createdAt = new Date().toISOString();
  await tx.insertMany(NotificationRow, users.map((userId) => ({ id: randomUUID(), userId, kind, ...subject, dedupeKey, createdAt, readAt: null })));
  return users.length;
}
