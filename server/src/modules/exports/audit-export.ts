import type { EntityManager } from '@mikro-orm/core';
import { AppError, ERROR_CODES } from '../../errors.js';
import { requireRole } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { labels, type Lang } from './labels.js';
import type { SheetSpec } from './workbook.js';

export const MAX_AUDIT_EXPORT_ROWS = 100_000;

export interface AuditExportFilter {
  /** One action (`user/update`), or an area with a trailing slash (`import/`). */
  action: string | null;
  /** Username of the actor. */
  actor: string | null;
  /** ISO instants or dates, inclusive bounds on `at`. */
  from: string | null;
  to: string | null;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/;

/** The audit log as one sheet, newest first: ADMIN only (the audit page's export). */
export async function auditSheet(em: EntityManager, viewer: Viewer | null, f: AuditExportFilter, lang: Lang): Promise<SheetSpec> {
  requireRole(viewer, 'ADMIN');
  for (const [name, v] of [['from', f.from], ['to', f.to]] as const) {
    if (v && !INSTANT.test(v)) throw new AppError(ERROR_CODES.BAD_USER_INPUT, `${name} 须为日期或时间（2023-12-01 或 ISO 8601）。${name} must be a date or an ISO 8601 instant.`);
  }
  const where: Record<string, unknown>[] = [];
  if (f.action) where.push(f.action.endsWith('/') ? { action: { $like: `${f.action}%` } } : { action: f.action });
  if (f.actor) where.push({ actorUsername: f.actor });
  if (f.from) where.push({ at: { $gte: f.from } });
  // A date as the upper bound includes that whole day.
  if (f.to) where.push({ at: { $lte: f.to.length === 10 ? `${f.to}T99` : f.to } });
  const entries = await em.find(AuditEntry, where.length ? { $and: where } : {}, {
    orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: MAX_AUDIT_EXPORT_ROWS,
  });
  const t = labels(lang);
  return {
    name: t.auditLog,
    columns: [
      { header: t.at, width: 26 }, { header: t.actor, width: 16 }, { header: t.action, width: 24 }, { header: t.entityType, width: 14 },
      { header: t.entityId, width: 38 }, { header: t.before, width: 50 }, { header: t.after, width: 50 }, { header: t.ip, width: 16 },
      { header: t.requestId, width: 38 },
    ],
    rows: entries.map((e) => [e.at, e.actorUsername, e.action, e.entityType, e.entityId, e.beforeJson, e.afterJson, e.ip, e.requestId]),
  };
}
