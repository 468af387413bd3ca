import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { AppError, ERROR_CODES } from '../../errors.js';
import { requireRole } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import { audit, type AuditActor } from '../audit/audit.service.js';
import { ApiToken } from './api-token.entity.js';
import { hashToken } from './sessions.service.js';
import { User } from './user.entity.js';

/** Every API token starts with this, so a leaked one is easy to recognise (and to tell from a session token). */
export const API_TOKEN_PREFIX = 'sct_';
/** `last_used_at` is rewritten at most this often per token. */
const TOUCH_EVERY_MS = 60_000;

export function isApiToken(token: string): boolean {
  return token.startsWith(API_TOKEN_PREFIX);
}

function snapshot(token: ApiToken): Record<string, unknown> {
  return { name: token.name, prefix: token.prefix, username: token.user.username, revokedAt: token.revokedAt };
}

export async function listApiTokens(em: EntityManager, viewer: Viewer | null): Promise<ApiToken[]> {
  requireRole(viewer, 'ADMIN');
  return em.find(ApiToken, {}, { populate: ['user'], orderBy: { createdAt: 'desc' } });
}

/**
 * A new token for a service account (INGEST user). The token itself is returned once and never
 * stored: the table keeps its SHA-256 and its first characters. Audited (without the token).
 */
export async function createApiToken(
  em: EntityManager, viewer: Viewer | null, actor: AuditActor, userId: string, name: string,
): Promise<{ token: string; record: ApiToken }> {
  requireRole(viewer, 'ADMIN');
  const label = name.trim();
  if (label.length < 1 || label.length > 100) {
    throw new AppError(ERROR_CODES.BAD_USER_INPUT, '令牌名称为 1–100 个字符。A token name has 1–100 characters.');
  }
  const user = await em.findOne(User, { id: userId });
  if (!user) throw new AppError(ERROR_CODES.USER_NOT_FOUND, '没有这个用户。No such user.', { id: userId });
  if (user.role !== 'INGEST' || user.disabled) {
    throw new AppError(
      ERROR_CODES.BAD_USER_INPUT,
      '只能为启用的服务账号（INGEST）创建令牌。API tokens are for enabled service accounts (role INGEST) only.',
    );
  }
  const token = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  const record = em.create(ApiToken, {
    id: randomUUID(), user, name: label, tokenHash: hashToken(token), prefix: token.slice(0, 12),
    createdAt: new Date().toISOString(), createdBy: viewer?.username ?? null,
  });
  await em.transactional(async (tx) => {
    tx.persist(record);
    await tx.flush();
    await audit(tx, { actor, action: 'user/create-api-token', entityType: 'api-token', entityId: record.id, after: snapshot(record) });
  });
  return { token, record };
}

export async function revokeApiToken(em: EntityManager, viewer: Viewer | null, actor: AuditActor, id: string): Promise<ApiToken> {
  requireRole(viewer, 'ADMIN');
  const record = await em.findOne(ApiToken, { id }, { populate: ['user'] });
  if (!record) throw new AppError(ERROR_CODES.NOT_FOUND, '没有这个令牌。No such token.', { id });
  if (record.revokedAt) return record;
  const before = snapshot(record);
  record.revokedAt = new Date().toISOString();
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(ApiToken, { id }, { revokedAt: record.revokedAt });
    await audit(tx, { actor, action: 'user/revoke-api-token', entityType: 'api-token', entityId: id, before, after: snapshot(record) });
  });
  return record;
}

/**
 * The viewer an API token stands for, or null (unknown, revoked, or its user disabled or no longer
 * INGEST). Records when it was last used, at most once a minute.
 */
export async function viewerForApiToken(em: EntityManager, token: string): Promise<Viewer | null> {
  const record = await em.findOne(ApiToken, { tokenHash: hashToken(token) }, { populate: ['user'] });
  if (!record || record.revokedAt || record.user.disabled || record.user.role !== 'INGEST') return null;
  const now = Date.now();
  if (!record.lastUsedAt || now - Date.parse(record.lastUsedAt) >= TOUCH_EVERY_MS) {
    // Best effort: a busy database (an import writing on SQLite) must not refuse the delivery.
    await em.nativeUpdate(ApiToken, { id: record.id }, { lastUsedAt: new Date(now).toISOString() }).catch(() => undefined);
  }
  return { userId: record.user.id, username: record.user.username, role: 'INGEST', unitCode: null, sessionId: `token:${record.id}` };
}
