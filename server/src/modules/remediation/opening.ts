import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { appealWindowCloses, remediationDeadline } from '@scorecard/shared';
import { audit, type AuditActor } from '../audit/audit.service.js';
import type { PublicationInfo } from '../publications/publication-reader.js';
import type { PublicationSnapshot } from '../publications/publication.service.js';
import { loadWorkdayCalendar } from '../workdays/workday-calendar.js';
import { notify } from './notify.js';
import { PublicationWindowRow, RemediationEventRow, RemediationItemRow } from './remediation.entities.js';

/** The item's fields the audit log and the timeline keep. */
export function itemAuditView(item: Omit<RemediationItemRow, 'createdAt' | 'updatedAt' | 'createdBy'>): Record<string, unknown> {
  return {
    id: item.id, unitCode: item.unitCode, period: item.period, source: item.source, indicatorId: item.indicatorId, topic: item.topic,
    scoreAtOpen: item.scoreAtOpen, pointsLost: item.pointsLost, state: item.state, openedOn: item.openedOn, deadline: item.deadline, version: item.version,
  };
}

/**
 * The publication listener (inside the publication's transaction): records the publication date and
 * the appeal window, then opens one item per unit × enabled sub-indicator scored below the scheme's
 * remediation threshold, unless that unit and sub-indicator already have an item not yet verified —
 * so re-publishing opens nothing twice. Each new item is audited and its unit notified.
 */
export async function openItemsOnPublication(
  tx: EntityManager,
  publication: PublicationInfo,
  snapshot: PublicationSnapshot,
  today: string,
  deadlineDays: number,
): Promise<number> {
  const calendar = await loadWorkdayCalendar(tx);
  await tx.insert(PublicationWindowRow, { publicationId: publication.id, period: publication.period, publishedOn: today, appealsCloseOn: appealWindowCloses(today, calendar) });
  const threshold = snapshot.scheme.remediationThreshold;
  const low = snapshot.scores.filter((s) => s.score !== null && s.score < threshold);
  if (!low.length) return 0;
  const open = await tx.find(RemediationItemRow, { state: { $ne: 'VERIFIED' }, indicatorId: { $ne: null } }, { fields: ['unitCode', 'indicatorId'], disableIdentityMap: true });
  const taken = new Set(open.map((i) => `${i.unitCode}|${i.indicatorId}`));
  const actor: AuditActor = { userId: null, username: publication.publishedBy, ip: null, requestId: null };
  const at = new Date().toISOString();
  const deadline = remediationDeadline(today, deadlineDays, calendar);
  const opened: Array<Record<string, unknown>> = [];
  for (const s of low) {
    if (taken.has(`${s.unitCode}|${s.subIndicatorId}`)) continue;
    taken.add(`${s.unitCode}|${s.subIndicatorId}`);
    const item = {
      id: randomUUID(), unitCode: s.unitCode, period: publication.period, source: 'PUBLICATION', publicationId: publication.id,
      dimensionId: s.dimensionId, indicatorId: s.subIndicatorId, measureId: s.measureId, topic: null, description: null,
      scoreAtOpen: s.score, pointsLost: s.pointsLost, threshold, state: 'OPEN', openedOn: today, deadline, verifiedOn: null, version: 1,
      createdAt: at, createdBy: publication.publishedBy, updatedAt: at,
    };
    await tx.insert(RemediationItemRow, item);
    await tx.insert(RemediationEventRow, {
      id: randomUUID(), subjectType: 'ITEM', subjectId: item.id, at, actor: publication.publishedBy, kind: 'OPENED', toState: 'OPEN',
      note: `${publication.period} #${publication.seq}: ${s.score?.toFixed(1)} < ${threshold}`,
    });
    await notify(tx, { unitCode: s.unitCode }, 'NEW_ITEM', { subjectType: 'ITEM', subjectId: item.id, unitCode: s.unitCode, indicatorId: s.subIndicatorId, period: publication.period });
    opened.push(itemAuditView(item));
  }
  // One audit entry per publication lists every item it opened (a month of the demo city opens hundreds).
  if (opened.length) {
    await audit(tx, {
      actor, action: 'remediation/open-on-publication', entityType: 'publication', entityId: publication.id,
      after: { period: publication.period, seq: publication.seq, threshold, deadline, items: opened },
    });
  }
  return opened.length;
}
