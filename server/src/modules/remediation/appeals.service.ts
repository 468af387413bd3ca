import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { AppError, ERROR_CODES } from '../../errors.js';
import { assertCanSeeUnitDetails, requireRole, requireViewer } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import { audit, type AuditActor } from '../audit/audit.service.js';
import type { Scheme } from '@scorecard/shared';
import { latestPublication } from '../publications/publication-reader.js';
import { Publication } from '../publications/publication.entity.js';
import { cleanNote } from './items.service.js';
import { notify } from './notify.js';
import { AppealRow, PublicationWindowRow, RemediationEventRow } from './remediation.entities.js';

export type AppealState = 'PENDING' | 'ACCEPTED' | 'REJECTED';
export type AppealDecision = 'ACCEPT' | 'REJECT';

function notFound(id: string): AppError {
  return new AppError(ERROR_CODES.APPEAL_NOT_FOUND, `申诉 ${id} 不存在。Appeal ${id} does not exist.`, { id });
}

function view(a: AppealRow): Record<string, unknown> {
  return {
    id: a.id, unitCode: a.unitCode, period: a.period, publicationId: a.publicationId, indicatorId: a.indicatorId, recordId: a.recordId,
    reason: a.reason, state: a.state, decisionNote: a.decisionNote, version: a.version,
  };
}

/**
 * 申诉复核 (SPEC §7): a unit appeals a published sub-indicator score or one evidence record within
 * APPEAL_WINDOW_WORKING_DAYS working days of the period's latest publication; an assessor accepts
 * (the data is then corrected by import and the period re-published naming the appeal) or rejects.
 */
export class AppealService {
  constructor(private readonly today: () => string) {}

  async list(em: EntityManager, viewer: Viewer | null, filter: { period: string | null; unitCode: string | null; state: AppealState | null }): Promise<AppealRow[]> {
    const signedIn = requireViewer(viewer);
    const where: FilterQuery<AppealRow> = {};
    if (filter.period) where.period = filter.period;
    if (filter.unitCode) where.unitCode = filter.unitCode;
    if (filter.state) where.state = filter.state;
    if (signedIn.role === 'UNIT') where.unitCode = signedIn.unitCode ?? '-';
    return em.find(AppealRow, where, { orderBy: { createdAt: 'desc' }, disableIdentityMap: true });
  }

  async get(em: EntityManager, viewer: Viewer | null, id: string): Promise<AppealRow> {
    requireViewer(viewer);
    const appeal = await em.findOne(AppealRow, { id }, { disableIdentityMap: true });
    if (!appeal) throw notFound(id);
    assertCanSeeUnitDetails(viewer, appeal.unitCode);
    return appeal;
  }

  async create(
    em: EntityManager,
    viewer: Viewer | null,
    actor: AuditActor,
    input: { period: string; indicatorId: string; recordId: string | null; reason: string },
  ): Promise<AppealRow> {
    const signedIn = requireRole(viewer, 'UNIT');
    const unitCode = signedIn.unitCode ?? '';
    const reason = cleanNote(input.reason, 'reason');
    if (!reason) throw new AppError(ERROR_CODES.BAD_USER_INPUT, '请填写申诉理由。A reason is required.', { field: 'reason' });
    const publication = await latestPublication(em, input.period);
    if (!publication) {
      throw new AppError(ERROR_CODES.BAD_USER_INPUT, `${input.period} 尚未发布，无可申诉的结果。${input.period} is not published: there is nothing to appeal.`, { field: 'period' });
    }
    const row = await em.findOneOrFail(Publication, { id: publication.id }, { fields: ['schemeJson'], disableIdentityMap: true });
    const scheme = JSON.parse(row.schemeJson) as Scheme;
    if (!scheme.dimensions.some((d) => d.subIndicators.some((s) => s.id === input.indicatorId))) {
      throw new AppError(ERROR_CODES.INDICATOR_NOT_FOUND, `指标 ${input.indicatorId} 不在已发布的方案中。${input.indicatorId} is not in the published scheme.`, { field: 'indicatorId' });
    }
    const recordId = input.recordId?.trim() || null;
    if (recordId && recordId.length > 128) throw new AppError(ERROR_CODES.BAD_USER_INPUT, '记录编号过长。The record id is too long.', { field: 'recordId' });
    const window = await em.findOne(PublicationWindowRow, { publicationId: publication.id }, { disableIdentityMap: true });
    const today = this.today();
    if (window && today > window.appealsCloseOn) {
      throw new AppError(
        ERROR_CODES.APPEAL_WINDOW_CLOSED,
        `申诉期已于 ${window.appealsCloseOn} 结束（发布后 5 个工作日）。Appeals closed on ${window.appealsCloseOn} (5 working days after publication).`,
        { appealsCloseOn: window.appealsCloseOn },
      );
    }
    return em.transactional(async (tx) => {
      const at = new Date().toISOString();
      const appeal = Object.assign(new AppealRow(), {
        id: randomUUID(), unitCode, period: input.period, publicationId: publication.id, indicatorId: input.indicatorId, recordId, reason,
        state: 'PENDING', decisionNote: null, decidedAt: null, decidedBy: null, version: 1, createdAt: at, createdBy: signedIn.username,
      });
      await tx.insert(AppealRow, { ...appeal });
      await tx.insert(RemediationEventRow, { id: randomUUID(), subjectType: 'APPEAL', subjectId: appeal.id, at, actor: signedIn.username, kind: 'APPEALED', toState: 'PENDING', note: reason });
      await audit(tx, { actor, action: 'appeal/create', entityType: 'appeal', entityId: appeal.id, after: view(appeal) });
      await notify(tx, { role: 'ASSESSOR' }, 'APPEAL_FILED', { subjectType: 'APPEAL', subjectId: appeal.id, unitCode, indicatorId: input.indicatorId, period: input.period });
      return appeal;
    });
  }

  async decide(
    em: EntityManager,
    viewer: Viewer | null,
    actor: AuditActor,
    id: string,
    decision: AppealDecision,
    expectedVersion: number,
    rawNote: string | null,
  ): Promise<AppealRow> {
    const signedIn = requireRole(viewer, 'ASSESSOR');
    const note = cleanNote(rawNote);
    const appeal = await this.get(em, viewer, id);
    if (appeal.version !== expectedVersion) {
      throw new AppError(ERROR_CODES.STALE_VERSION, '申诉已被修改，请刷新。The appeal was changed: reload it.', { currentVersion: appeal.version });
    }
    if (appeal.state !== 'PENDING') {
      throw new AppError(ERROR_CODES.INVALID_TRANSITION, `申诉已${appeal.state === 'ACCEPTED' ? '受理' : '驳回'}。The appeal is already ${appeal.state}.`, { state: appeal.state });
    }
    if (!note) throw new AppError(ERROR_CODES.BAD_USER_INPUT, '请填写处理意见。A note is required for either decision.', { field: 'note' });
    const state: AppealState = decision === 'ACCEPT' ? 'ACCEPTED' : 'REJECTED';
    return em.transactional(async (tx) => {
      const at = new Date().toISOString();
      const changes = { state, decisionNote: note, decidedAt: at, decidedBy: signedIn.username, version: appeal.version + 1 };
      if ((await tx.nativeUpdate(AppealRow, { id, version: expectedVersion }, changes)) !== 1) {
        throw new AppError(ERROR_CODES.STALE_VERSION, '申诉已被修改，请刷新。The appeal was changed: reload it.', { currentVersion: appeal.version });
      }
      const after = Object.assign(new AppealRow(), { ...appeal, ...changes });
      await tx.insert(RemediationEventRow, { id: randomUUID(), subjectType: 'APPEAL', subjectId: id, at, actor: signedIn.username, kind: decision, fromState: 'PENDING', toState: state, note });
      await audit(tx, { actor, action: `appeal/${decision.toLowerCase()}`, entityType: 'appeal', entityId: id, before: view(appeal), after: view(after) });
      await notify(tx, { unitCode: appeal.unitCode }, 'APPEAL_DECIDED', { subjectType: 'APPEAL', subjectId: id, unitCode: appeal.unitCode, indicatorId: appeal.indicatorId, period: appeal.period });
      return after;
    });
  }

  /** The publication window of a period's latest publication (for the appeal form). */
  async window(em: EntityManager, period: string): Promise<PublicationWindowRow | null> {
    const publication = await latestPublication(em, period);
    return publication ? em.findOne(PublicationWindowRow, { publicationId: publication.id }, { disableIdentityMap: true }) : null;
  }
}
