import type { EntityManager } from '@mikro-orm/core';
import { requireRole } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { auditWhere, describeEntries, type AuditFilter } from '../audit/audit.service.js';
import { labels, type Lang } from './labels.js';
import type { SheetSpec } from './workbook.js';

export const MAX_AUDIT_EXPORT_ROWS = 100_000;

/** The audit log as one sheet, newest first: ADMIN only (the audit page's export). */
export async function auditSheet(em: EntityManager, viewer: Viewer | null, f: AuditFilter, lang: Lang): Promise<SheetSpec> {
  requireRole(viewer, 'ADMIN');
  // The page's filter (action, user, Beijing days from–to), so the file holds what the page lists.
  const where = auditWhere(f);
  const entries = await em.find(AuditEntry, where.length ? { $and: where } : {}, {
    orderBy: [{ at: 'desc' }, { id: 'desc' }], limit: MAX_AUDIT_EXPORT_ROWS,
  });
  const names = await describeEntries(em, entries);
  const t = labels(lang);
  return {
    name: t.auditLog,
    columns: [
      { header: t.at, width: 26 }, { header: t.actor, width: 16 }, { header: t.actorName, width: 16 }, { header: t.action, width: 24 }, { header: t.entityType, width: 14 },
      { header: t.entityId, width: 38 }, { header: t.entityName, width: 24 }, { header: t.before, width: 50 }, { header: t.after, width: 50 }, { header: t.ip, width: 16 },
      { header: t.requestId, width: 38 },
    ],
    rows: entries.map((e) => [
      e.at, e.actorUsername, names.get(e.id)?.actorName ?? null, e.action, e.entityType, e.entityId, names.get(e.id)?.entityName ?? null, e.beforeJson, e.afterJson, e.ip, e.requestId,
    ]),
  };
}
