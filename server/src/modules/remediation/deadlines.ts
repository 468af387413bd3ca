import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { remediationDeadline, type WorkdayCalendar } from '@scorecard/shared';
import { audit, type AuditActor } from '../audit/audit.service.js';
import { RemediationEventRow, RemediationItemRow } from './remediation.entities.js';

/**
 * After a calendar correction: every item not yet verified gets its deadline computed again from the
 * day it was opened (inside the caller's transaction); each change is in the timeline and audited.
 */
export async function recomputeOpenDeadlines(tx: EntityManager, actor: AuditActor, calendar: WorkdayCalendar, deadlineDays: number): Promise<number> {
  const open = await tx.find(RemediationItemRow, { state: { $ne: 'VERIFIED' } }, { disableIdentityMap: true });
  let changed = 0;
  const at = new Date().toISOString();
  for (const item of open) {
    const deadline = remediationDeadline(item.openedOn, deadlineDays, calendar);
    if (deadline === item.deadline) continue;
    changed++;
    await tx.nativeUpdate(RemediationItemRow, { id: item.id }, { deadline, updatedAt: at });
    await tx.insert(RemediationEventRow, {
      id: randomUUID(), subjectType: 'ITEM', subjectId: item.id, at, actor: actor.username, kind: 'DEADLINE', note: `${item.deadline} → ${deadline}`,
    });
    await audit(tx, {
      actor, action: 'remediation/deadline', entityType: 'remediation-item', entityId: item.id,
      before: { deadline: item.deadline }, after: { deadline, reason: 'working-day calendar changed' },
    });
  }
  return changed;
}
