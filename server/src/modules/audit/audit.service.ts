import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { addDays, isValidDate, normalizeUsername } from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';
import { requireRole } from '../../graphql/authorization.js';
import type { GraphQLContext, Viewer } from '../../graphql/context.js';
import { SECRET_FIELD } from '../../redaction.js';
import { AuditEntry } from './audit-entry.entity.js';
import { User } from '../accounts/user.entity.js';

/** Who did it and from where: taken from the request (see `auditActor`). */
export interface AuditActor {
  userId: string | null;
  username: string | null;
  ip: string | null;
  requestId: string | null;
}

export interface AuditInput {
  actor: AuditActor;
  /** `<area>/<verb>`, e.g. `user/update`, `scheme/publish`, `remediation/verify`. */
  action: string;
  entityType?: string;
  entityId?: string;
  before?: unknown;
  after?: unknown;
}

export function auditActor(ctx: Pick<GraphQLContext, 'viewer' | 'ip' | 'requestId'>): AuditActor {
  return {
    userId: ctx.viewer?.userId ?? null,
    username: ctx.viewer?.username ?? null,
    ip: ctx.ip || null,
    requestId: ctx.requestId || null,
  };
}

/** Secret fields (redaction.ts) are dropped, at any depth: the audit log never holds one. */
function withoutSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutSecrets);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([key]) => !SECRET_FIELD.test(key))
        .map(([key, v]) => [key, withoutSecrets(v)]),
    );
  }
  return value;
}

function toJson(value: unknown): string | null {
  return value === undefined ? null : JSON.stringify(withoutSecrets(value));
}

/**
 * Writes one audit entry at once (inside the caller's transaction when `em` is a transactional fork,
 * so the entry commits or rolls back with the change it describes). Secrets are stripped.
 */
export async function audit(em: EntityManager, entry: AuditInput): Promise<void> {
  await em.insert(AuditEntry, {
    id: randomUUID(),
    at: new Date().toISOString(),
    actorId: entry.actor.userId,
    actorUsername: entry.actor.username?.slice(0, 64) ?? null,
    action: entry.action,
    entityType: entry.entityType ?? null,
    entityId: entry.entityId ?? null,
    beforeJson: toJson(entry.before),
    afterJson: toJson(entry.after),
    ip: entry.actor.ip?.slice(0, 64) ?? null,
    requestId: entry.actor.requestId?.slice(0, 64) ?? null,
  });
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Names people read instead of ids, by entry id (describeEntries). */
  names: Map<string, EntryNames>;
  endCursor: string | null;
  hasNextPage: boolean;
}

const MAX_PAGE = 200;

function encodeCursor(entry: AuditEntry): string {
  return Buffer.from(`${entry.at}|${entry.id}`, 'utf8').toString('base64url');
}

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id) throw new AppError(ERROR_CODES.BAD_USER_INPUT, '无效的分页游标。Invalid cursor.');
  return { at, id };
}

/**
 * The audit areas (`<area>/<verb>`) an ASSESSOR reads: their own work. Sign-ins (`auth/…`, with the
 * names and addresses of failed attempts) and user management (`user/…`) are for ADMIN only.
 */
export const ASSESSOR_AUDIT_AREAS = ['scheme', 'publication', 'manual-values', 'import', 'remediation'] as const;

function areaOf(action: string): string {
  return action.split('/')[0] ?? '';
}

/** Which entries the viewer may read: ADMIN every one, ASSESSOR those of ASSESSOR_AUDIT_AREAS; others none. */
function visibleTo(viewer: Viewer | null, action: string | null): Record<string, unknown> | null {
  const signedIn = requireRole(viewer, 'ADMIN', 'ASSESSOR');
  if (signedIn.role === 'ADMIN') return null;
  const areas: readonly string[] = ASSESSOR_AUDIT_AREAS;
  if (action && !areas.includes(areaOf(action))) {
    throw new AppError(
      ERROR_CODES.FORBIDDEN,
      '考评人员只能查看方案、发布、手工录入、导入和整改的审计记录。Assessors see the audit entries of schemes, publications, manual values, imports and remediation only.',
    );
  }
  return { $or: ASSESSOR_AUDIT_AREAS.map((area) => ({ action: { $like: `${area}/%` } })) };
}

/** Newest first; keyset pagination on (at, id); only the entries the viewer may read (visibleTo). */
export async function listAuditLog(
  em: EntityManager,
  viewer: Viewer | null,
  options: AuditFilter & { first: number; after: string | null },
): Promise<AuditPage> {
  const visible = visibleTo(viewer, options.action);
  if (options.first < 1 || options.first > MAX_PAGE) {
    throw new AppError(ERROR_CODES.BAD_USER_INPUT, `每页 1 至 ${MAX_PAGE} 条。first must be 1–${MAX_PAGE}.`);
  }
  const where = auditWhere(options);
  if (visible) where.push(visible);
  if (options.after) {
    const { at, id } = decodeCursor(options.after);
    where.push({ $or: [{ at: { $lt: at } }, { at, id: { $lt: id } }] });
  }
  const rows = await em.find(AuditEntry, where.length ? { $and: where } : {}, {
    orderBy: [{ at: 'desc' }, { id: 'desc' }],
    limit: options.first + 1,
  });
  const entries = rows.slice(0, options.first);
  const last = entries.at(-1);
  return {
    entries,
    names: await describeEntries(em, entries),
    endCursor: last ? encodeCursor(last) : null,
    hasNextPage: rows.length > options.first,
  };
}

/** The filters of the audit page (and of its Excel export): action, who, and a range of days. */
export interface AuditFilter {
  action: string | null;
  /** the actor's username */
  actor?: string | null;
  /** first day, YYYY-MM-DD, Beijing time (the city's days) */
  from?: string | null;
  /** last day, inclusive */
  to?: string | null;
}

/** The filter's conditions on audit entries: the page and its Excel export select the same entries. */
export function auditWhere(filter: AuditFilter): Record<string, unknown>[] {
  const where: Record<string, unknown>[] = [];
  if (filter.action) where.push({ action: filter.action });
  if (filter.actor) where.push({ actorUsername: normalizeUsername(filter.actor) });
  const range = instantRange(filter.from ?? null, filter.to ?? null);
  if (range.from) where.push({ at: { $gte: range.from } });
  if (range.to) where.push({ at: { $lt: range.to } });
  return where;
}

/** A day of the city (Asia/Shanghai, UTC+8, no daylight saving) → the UTC instant it starts at. */
function dayStart(date: string): string {
  return new Date(`${date}T00:00:00.000+08:00`).toISOString();
}

/** from/to days → [from, to) instants; a day that is no date is refused, naming the argument. */
export function instantRange(from: string | null, to: string | null): { from: string | null; to: string | null } {
  for (const [name, value] of [['from', from], ['to', to]] as const) {
    if (value != null && value !== '' && !isValidDate(value)) {
      const shown = value.slice(0, 20);
      throw new AppError(
        ERROR_CODES.BAD_USER_INPUT,
        `参数 ${name} 的日期「${shown}」无效，应为 YYYY-MM-DD。Argument ${name}: "${shown}" is not a date (YYYY-MM-DD).`,
        { field: name },
      );
    }
  }
  if (from && to && from > to) {
    throw new AppError(ERROR_CODES.BAD_USER_INPUT, `开始日期晚于结束日期。The from date is after the to date.`, { field: 'from' });
  }
  return { from: from ? dayStart(from) : null, to: to ? dayStart(addDays(to, 1)) : null };
}

export interface EntryNames {
  /** the actor's display name (the user as it is now), else null */
  actorName: string | null;
  /** what the entry is about, in words: a user's name, a scheme version, a publication's period */
  entityName: string | null;
}

function parsed(json: string | null): Record<string, unknown> {
  try {
    const value: unknown = json ? JSON.parse(json) : null;
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * Names instead of ids (issue 14.7), read in two queries for the page: actors by username, users by id.
 * A user deleted since is named from the entry's own before/after snapshot. Read only; never writes.
 */
export async function describeEntries(em: EntityManager, entries: readonly AuditEntry[]): Promise<Map<string, EntryNames>> {
  const usernames = [...new Set(entries.map((e) => e.actorUsername).filter((u): u is string => !!u))];
  const userIds = [...new Set(entries.filter((e) => e.entityType === 'user' && e.entityId).map((e) => e.entityId!))];
  const [actors, subjects] = await Promise.all([
    usernames.length ? em.find(User, { username: { $in: usernames } }, { fields: ['username', 'displayName'] }) : [],
    userIds.length ? em.find(User, { id: { $in: userIds } }, { fields: ['id', 'username', 'displayName'] }) : [],
  ]);
  const actorName = new Map(actors.map((u) => [u.username, u.displayName]));
  const subject = new Map(subjects.map((u) => [u.id, `${u.displayName} (${u.username})`]));
  const names = new Map<string, EntryNames>();
  for (const entry of entries) {
    const snapshot = { ...parsed(entry.beforeJson), ...parsed(entry.afterJson) };
    let entityName: string | null = null;
    if (entry.entityType === 'user') {
      const fromSnapshot = text(snapshot.username)
        ? `${text(snapshot.displayName) ?? text(snapshot.username)} (${text(snapshot.username)})`
        : null;
      entityName = (entry.entityId ? subject.get(entry.entityId) : undefined) ?? fromSnapshot;
    } else {
      entityName = text(snapshot.name) ?? text(snapshot.period) ?? null;
    }
    names.set(entry.id, { actorName: entry.actorUsername ? (actorName.get(entry.actorUsername) ?? null) : null, entityName });
  }
  return names;
}
