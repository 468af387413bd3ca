import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { longWriteInProgress } from '../../db/long-write.js';
import type { Viewer } from '../../graphql/context.js';
import { Session } from './session.entity.js';
import { accessOf, type User } from './user.entity.js';

/** `last_seen_at` is rewritten at most this often: one write per minute per session, not per request. */
export const SLIDE_EVERY_MS = 60_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function idleExpiry(lastSeenAt: string, idleHours: number): Date {
  return new Date(Date.parse(lastSeenAt) + idleHours * 3_600_000);
}

/**
 * THE rule of session validity, used by every reader of sessions (viewerForToken below for Apollo's
 * context, and the cached-response fast path): `expired` once idle for `idleHours`, `disabled` when
 * its user is, `slide-due` when still valid but its `last_seen_at` is due to be rewritten (once a
 * minute), else `valid`.
 */
export type SessionState = 'valid' | 'slide-due' | 'expired' | 'disabled';

export function sessionState(session: { lastSeenAt: string; disabled: boolean }, idleHours: number, now: number): SessionState {
  if (idleExpiry(session.lastSeenAt, idleHours).getTime() <= now) return 'expired';
  if (session.disabled) return 'disabled';
  return now - Date.parse(session.lastSeenAt) >= SLIDE_EVERY_MS ? 'slide-due' : 'valid';
}

export interface NewSession {
  token: string;
  session: Session;
  expiresAt: Date;
}

/** A fresh random token (256 bits); only its hash is stored. */
export async function createSession(
  em: EntityManager,
  user: User,
  request: { ip: string; userAgent: string | null },
  idleHours: number,
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url');
  const now = new Date().toISOString();
  const session = em.create(Session, {
    id: randomUUID(),
    tokenHash: hashToken(token),
    user,
    createdAt: now,
    lastSeenAt: now,
    ip: request.ip.slice(0, 64),
    userAgent: request.userAgent?.slice(0, 255) ?? null,
  });
  await em.persistAndFlush(session);
  return { token, session, expiresAt: idleExpiry(now, idleHours) };
}

/**
 * The viewer a session token stands for, or null: unknown token, idle too long (the row is deleted),
 * or a disabled user. Slides the idle window.
 */
export async function viewerForToken(em: EntityManager, token: string, idleHours: number): Promise<Viewer | null> {
  const session = await em.findOne(Session, { tokenHash: hashToken(token) }, { populate: ['user'] });
  if (!session) return null;
  const now = Date.now();
  const user = session.user;
  const state = sessionState({ lastSeenAt: session.lastSeenAt, disabled: user.disabled }, idleHours, now);
  if (state === 'expired') {
    await em.nativeDelete(Session, { id: session.id });
    return null;
  }
  if (state === 'disabled') return null;
  // While an import holds SQLite's write lock the slide waits for a later request (db/long-write.ts).
  if (state === 'slide-due' && !longWriteInProgress()) {
    const lastSeenAt = new Date(now).toISOString();
    await em.nativeUpdate(Session, { id: session.id }, { lastSeenAt });
    session.lastSeenAt = lastSeenAt;
  }
  return {
    userId: user.id,
    username: user.username,
    ...accessOf(user),
    sessionId: session.id,
  };
}

export async function deleteSession(em: EntityManager, sessionId: string): Promise<void> {
  await em.nativeDelete(Session, { id: sessionId });
}

/** Signs a user out everywhere (disabled, password reset), optionally keeping one session. */
export async function deleteUserSessions(em: EntityManager, userId: string, exceptSessionId?: string): Promise<void> {
  await em.nativeDelete(Session, exceptSessionId ? { user: userId, id: { $ne: exceptSessionId } } : { user: userId });
}
