import type { EntityManager } from '@mikro-orm/core';
import { normalizeUsername, USERNAME_MAX_LENGTH } from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';
import { audit, type AuditActor } from '../audit/audit.service.js';
import { reserveLoginAttempt, settleLoginAttempt } from './login-throttle.js';
import { verifyPassword } from './passwords.js';
import { createSession, type NewSession } from './sessions.service.js';
import { User } from './user.entity.js';

export interface LoginRequest {
  username: string;
  password: string;
  ip: string;
  userAgent: string | null;
  requestId: string;
}

export interface LoginResult extends NewSession {
  user: User;
}

function formatRetry(at: Date): string {
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Checks the password and opens a session. Every attempt is counted before the password is looked
 * at; the 11th within the window is refused even with the right password (LOGIN_LOCKED).
 * Unknown user, wrong password and disabled account all answer LOGIN_FAILED, in the same time.
 */
export async function login(em: EntityManager, request: LoginRequest, idleHours: number): Promise<LoginResult> {
  const username = normalizeUsername(request.username).slice(0, USERNAME_MAX_LENGTH);
  const ip = request.ip.slice(0, 64) || 'unknown';
  const actor: AuditActor = { userId: null, username, ip, requestId: request.requestId };

  const reservation = await reserveLoginAttempt(em, username, ip);
  if (!reservation.ok) {
    await audit(em, { actor, action: 'auth/login-failed', entityType: 'user', after: { reason: 'locked' } });
    throw new AppError(
      ERROR_CODES.LOGIN_LOCKED,
      `登录失败次数过多，请于 ${formatRetry(reservation.retryAt)} 之后再试。Too many failed sign-ins: try again after ${formatRetry(reservation.retryAt)}.`,
      { retryAt: reservation.retryAt.toISOString() },
    );
  }

  const user = await em.findOne(User, { username });
  const passwordOk = await verifyPassword(request.password, user?.passwordHash ?? null);
  // Service accounts (INGEST) authenticate with API tokens only: a password never opens a session for them.
  if (!user || !passwordOk || user.disabled || user.role === 'INGEST') {
    await settleLoginAttempt(em, reservation.attemptId, 'failed');
    await audit(em, {
      actor: { ...actor, userId: user?.id ?? null },
      action: 'auth/login-failed',
      entityType: 'user',
      entityId: user?.id,
      after: { reason: !user ? 'unknown-user' : user.role === 'INGEST' ? 'service-account' : user.disabled && passwordOk ? 'disabled' : 'wrong-password' },
    });
    throw new AppError(ERROR_CODES.LOGIN_FAILED, '用户名或密码错误。Wrong username or password.');
  }

  await settleLoginAttempt(em, reservation.attemptId, 'succeeded');
  const session = await createSession(em, user, { ip, userAgent: request.userAgent }, idleHours);
  await audit(em, { actor: { ...actor, userId: user.id }, action: 'auth/login', entityType: 'user', entityId: user.id });
  return { ...session, user };
}
