import type { EntityManager } from '@mikro-orm/core';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { parseScheme, type Scheme, type SchemeIssue, shanghaiDateTime } from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';
import { requireRole } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import { audit, type AuditActor } from '../audit/audit.service.js';
import { SchemeVersion } from './scheme-version.entity.js';

/** A stored version with its tree parsed. */
export interface StoredScheme {
  version: number;
  basedOn: number | null;
  revision: number;
  frozen: boolean;
  scheme: Scheme;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

/** The SPEC §3 tree is ~4 KB; fifty times that is a tree nobody could read. */
const MAX_JSON = 200_000;

// Stored JSON was checked when it was saved; parsing it again on every read would only cost time.
// Keyed by version and revision, which together name one immutable text.
const parsed = new Map<string, Scheme>();

function toStored(row: SchemeVersion): StoredScheme {
  const key = `${row.version}|${row.revision}`;
  let scheme = parsed.get(key);
  if (!scheme) {
    scheme = { ...(JSON.parse(row.json) as Scheme), version: row.version };
    if (parsed.size > 200) parsed.clear();
    parsed.set(key, scheme);
  }
  return {
    version: row.version, basedOn: row.basedOn, revision: row.revision, frozen: row.frozen, scheme: structuredClone(scheme),
    createdAt: row.createdAt, createdBy: row.createdBy, updatedAt: row.updatedAt, updatedBy: row.updatedBy,
  };
}

function notFound(version: number): AppError {
  return new AppError(ERROR_CODES.SCHEME_NOT_FOUND, `没有第 ${version} 版指标体系。There is no scheme version ${version}.`, { version });
}

/** What the audit log keeps of a version. */
function auditView(s: StoredScheme): Record<string, unknown> {
  return { version: s.version, revision: s.revision, frozen: s.frozen, basedOn: s.basedOn, scheme: s.scheme };
}

// Reads bypass the identity map: a version read after a native update in the same transaction must
// be the row as it is now, not the entity loaded before the update.
const FRESH = { disableIdentityMap: true } as const;

export async function listSchemes(em: EntityManager): Promise<StoredScheme[]> {
  return (await em.find(SchemeVersion, {}, { ...FRESH, orderBy: { version: 'asc' } })).map(toStored);
}

/** One version; the newest (draft or not) when `version` is null. */
export async function getScheme(em: EntityManager, version: number | null = null): Promise<StoredScheme> {
  const row = version === null
    ? (await em.find(SchemeVersion, {}, { ...FRESH, orderBy: { version: 'desc' }, limit: 1 }))[0]
    : await em.findOne(SchemeVersion, { version }, FRESH);
  if (!row) throw notFound(version ?? 1);
  return toStored(row);
}

/** The scheme live results use where a period is not published: the newest frozen version. */
export async function newestFrozenScheme(em: EntityManager): Promise<StoredScheme> {
  const row = await em.findOne(SchemeVersion, { frozen: true }, { ...FRESH, orderBy: { version: 'desc' } });
  if (!row) throw notFound(1);
  return toStored(row);
}

/** A new draft copied from any version; it takes the next version number and keeps it. */
export async function createSchemeDraft(em: EntityManager, viewer: Viewer | null, actor: AuditActor, fromVersion: number): Promise<StoredScheme> {
  requireRole(viewer, 'ASSESSOR');
  // Two assessors creating drafts at once may pick the same number: the primary key refuses the
  // second, which then takes the next one.
  for (let attempt = 0; ; attempt++) {
    try {
      return await em.transactional(async (tx) => {
        const from = await getScheme(tx, fromVersion);
        const newest = await getScheme(tx);
        const version = newest.version + 1;
        const now = new Date().toISOString();
        const json = JSON.stringify({ ...from.scheme, version });
        await tx.insert(SchemeVersion, {
          version, basedOn: from.version, json, revision: 1, frozen: false,
          createdAt: now, createdBy: actor.username, updatedAt: now, updatedBy: actor.username,
        });
        const created = await getScheme(tx, version);
        await audit(tx, { actor, action: 'scheme/create-draft', entityType: 'scheme', entityId: String(version), after: auditView(created) });
        return created;
      });
    } catch (err) {
      if (!(err instanceof UniqueConstraintViolationException) || attempt >= 4) throw err;
    }
  }
}

/** BAD_USER_INPUT naming the first offending field; every issue is in the extensions. */
function invalidScheme(issues: SchemeIssue[]): AppError {
  const errors = issues.filter((i) => i.severity === 'error');
  const first = errors[0]!;
  const where = first.path || '(root)';
  return new AppError(
    ERROR_CODES.BAD_USER_INPUT,
    `指标体系有误：${where} — ${first.message}（共 ${errors.length} 处）。The scheme is invalid at ${where}: ${first.message} (${errors.length} problem(s)).`,
    { path: first.path, field: first.path, reason: first.code, issues: errors.map(({ code, path, message }) => ({ code, path, message })) },
  );
}

/**
 * Saves a draft if it is still at `expectedRevision` (optimistic locking: the check and the write
 * are one UPDATE, so of two concurrent saves exactly one wins and the other is told who saved first).
 * Frozen versions are refused; the tree is validated field by field before anything is written.
 */
export async function updateSchemeDraft(
  em: EntityManager,
  viewer: Viewer | null,
  actor: AuditActor,
  version: number,
  expectedRevision: number,
  json: string,
): Promise<StoredScheme> {
  requireRole(viewer, 'ASSESSOR');
  if (json.length > MAX_JSON) {
    throw new AppError(ERROR_CODES.BAD_USER_INPUT, `指标体系过大（上限 ${MAX_JSON} 字符）。The scheme is too large (at most ${MAX_JSON} characters).`, { path: '' });
  }
  const { scheme, issues } = parseScheme(json);
  return em.transactional(async (tx) => {
    const before = await getScheme(tx, version);
    if (before.frozen) {
      throw new AppError(
        ERROR_CODES.SCHEME_FROZEN,
        `第 ${version} 版已发布使用，不能修改；请从它新建草稿。Version ${version} is frozen (published): create a draft from it.`,
        { version },
      );
    }
    if (!scheme) throw invalidScheme(issues);
    const now = new Date().toISOString();
    const stored = JSON.stringify({ ...scheme, version });
    const updated = await tx.nativeUpdate(
      SchemeVersion,
      { version, revision: expectedRevision, frozen: false },
      { json: stored, revision: expectedRevision + 1, updatedAt: now, updatedBy: actor.username },
    );
    if (updated !== 1) {
      const current = await getScheme(tx, version);
      if (current.frozen) throw new AppError(ERROR_CODES.SCHEME_FROZEN, `第 ${version} 版刚刚被发布冻结。Version ${version} was just frozen by a publication.`, { version });
      const who = current.updatedBy ?? '—';
      const when = shanghaiDateTime(current.updatedAt);
      throw new AppError(
        ERROR_CODES.STALE_VERSION,
        `已被 ${who} 于 ${when} 修改，请刷新。This draft was changed by ${who} at ${when}: reload it.`,
        { version, currentRevision: current.revision, updatedBy: current.updatedBy, updatedAt: current.updatedAt },
      );
    }
    const after = await getScheme(tx, version);
    await audit(tx, { actor, action: 'scheme/update', entityType: 'scheme', entityId: String(version), before: auditView(before), after: auditView(after) });
    return after;
  });
}

/**
 * Freezes a version for a publication, inside the publication's transaction. `expectedRevision` is
 * the revision the publication was computed from: a save in between makes this return false (the
 * caller recomputes). Freezing a draft is audited; an already frozen version is left as it is.
 */
export async function freezeScheme(tx: EntityManager, actor: AuditActor, version: number, expectedRevision: number): Promise<boolean> {
  const before = await getScheme(tx, version);
  if (before.revision !== expectedRevision) return false;
  if (before.frozen) return true;
  const updated = await tx.nativeUpdate(SchemeVersion, { version, revision: expectedRevision }, { frozen: true });
  if (updated !== 1) return false;
  await audit(tx, { actor, action: 'scheme/freeze', entityType: 'scheme', entityId: String(version), before: { version, revision: before.revision, frozen: false }, after: { version, revision: before.revision, frozen: true } });
  return true;
}
