import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { LoginAttempt, type LoginOutcome } from './login-attempt.entity.js';

/** At most 10 failures per 15 minutes per account and per address (the 11th attempt is refused). */
export const LOGIN_WINDOW_MS = 15 * 60_000;
export const MAX_LOGIN_FAILURES = 10;

const COUNTED: LoginOutcome[] = ['pending', 'failed'];

export type Reservation = { ok: true; attemptId: string } | { ok: false; retryAt: Date };

/**
 * Reserves a slot for one attempt before the password is checked, so that attempts running at the
 * same time (aliases in one request, parallel requests, several server processes) are all counted:
 * the count and the insert happen in one transaction, serialized per account and per address by
 * PostgreSQL advisory locks (SQLite serializes writing transactions anyway).
 */
export async function reserveLoginAttempt(em: EntityManager, username: string, ip: string): Promise<Reservation> {
  return em.transactional(async (tx) => {
    await lockKeys(tx, [`login:user:${username}`, `login:ip:${ip}`]);
    const now = Date.now();
    const since = new Date(now - LOGIN_WINDOW_MS).toISOString();
    const retryAt = [await lockedUntil(tx, { username }, since), await lockedUntil(tx, { ip }, since)];
    const at = new Date(now).toISOString();
    const blockedUntil = retryAt.filter((d): d is Date => d !== null).sort((a, b) => b.getTime() - a.getTime())[0];
    const attemptId = randomUUID();
    await tx.insert(LoginAttempt, { id: attemptId, at, username, ip, outcome: blockedUntil ? 'locked' : 'pending' });
    return blockedUntil ? { ok: false, retryAt: blockedUntil } : { ok: true, attemptId };
  });
}

export async function settleLoginAttempt(em: EntityManager, attemptId: string, outcome: 'failed' | 'succeeded'): Promise<void> {
  await em.nativeUpdate(LoginAttempt, { id: attemptId }, { outcome });
}

/** When the oldest of the last MAX failures leaves the window, or null if fewer than MAX. */
async function lockedUntil(
  em: EntityManager,
  key: { username: string } | { ip: string },
  since: string,
): Promise<Date | null> {
  const recent = await em.find(
    LoginAttempt,
    { ...key, at: { $gte: since }, outcome: { $in: COUNTED } },
    { orderBy: { at: 'desc' }, limit: MAX_LOGIN_FAILURES, fields: ['at'] },
  );
  if (recent.length < MAX_LOGIN_FAILURES) return null;
  return new Date(Date.parse(recent[recent.length - 1].at) + LOGIN_WINDOW_MS);
}

async function lockKeys(em: EntityManager, keys: string[]): Promise<void> {
  if (em.getDriver().constructor.name !== 'PostgreSqlDriver') return;
  // Sorted, so two transactions never wait for each other's second lock.
  for (const key of [...keys].sort()) {
    await (em as SqlEntityManager).execute('select pg_advisory_xact_lock(hashtext(?))', [key]);
  }
}
