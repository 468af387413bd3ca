import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { remediationDeadline, type WorkdayCalendar } from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';
import { assertCanSeeUnitDetails, requireRole, requireViewer } from '../../graphql/authorization.js';
import type { Viewer } from '../../graphql/context.js';
import { audit, type AuditActor } from '../audit/audit.service.js';
import type { PeriodClock } from '../periods/period-clock.js';
import { getUnit } from '../units/unit.service.js';
import { loadWorkdayCalendar } from '../workdays/workday-calendar.js';
import { notify } from './notify.js';
import { itemAuditView } from './opening.js';
import { EvidenceFileRow, RemediationEventRow, RemediationItemRow } from './remediation.entities.js';
import { checkTransition, type RemediationActionName, type RemediationState } from './transitions.js';

export const MAX_NOTE = 2000;

export interface ItemFilter {
  period: string | null;
  unitCode: string | null;
  state: RemediationState | null;
}

export function cleanNote(note: string | null | undefined, field = 'note'): string | null {
  const text = note?.trim() || null;
  if (text && text.length > MAX_NOTE) {
    throw new AppError(ERROR_CODES.BAD_USER_INPUT, `说明最多 ${MAX_NOTE} 字。The ${field} is at most ${MAX_NOTE} characters.`, { field });
  }
  return text;
}

function notFound(id: string): AppError {
  return new AppError(ERROR_CODES.REMEDIATION_NOT_FOUND, `整改事项 ${id} 不存在。Remediation item ${id} does not exist.`, { id });
}

/**
 * Remediation items (SPEC §7): reading (a UNIT user only its own unit's, whatever it asks for), the
 * workflow, progress notes and hand-opened items. Every write is one transaction with its timeline
 * line and its audit entry; the version check and the write are one UPDATE … WHERE version = ?.
 */
export class RemediationService {
  constructor(
    readonly clock: PeriodClock,
    readonly deadlineDays: number,
  ) {}

  today(): string {
    return this.clock.today();
  }

  calendar(em: EntityManager): Promise<WorkdayCalendar> {
    return loadWorkdayCalendar(em);
  }

  async list(em: EntityManager, viewer: Viewer | null, filter: ItemFilter): Promise<RemediationItemRow[]> {
    const signedIn = requireViewer(viewer);
    const where: FilterQuery<RemediationItemRow> = {};
    if (filter.period) where.period = filter.period;
    if (filter.unitCode) where.unitCode = filter.unitCode;
    if (filter.state) where.state = filter.state;
    // A unit's users see their own unit's items only, whatever the arguments say.
    if (signedIn.role === 'UNIT') where.unitCode = signedIn.unitCode ?? '-';
    return em.find(RemediationItemRow, where, { orderBy: { deadline: 'asc', unitCode: 'asc', indicatorId: 'asc' }, disableIdentityMap: true });
  }

  /** One item the viewer may see; another unit's item is refused exactly like a missing one is not. */
  async get(em: EntityManager, viewer: Viewer | null, id: string): Promise<RemediationItemRow> {
    requireViewer(viewer);
    const item = await em.findOne(RemediationItemRow, { id }, { disableIdentityMap: true });
    if (!item) throw notFound(id);
    assertCanSeeUnitDetails(viewer, item.unitCode);
    return item;
  }

  timeline(em: EntityManager, subjectId: string): Promise<RemediationEventRow[]> {
    return em.find(RemediationEventRow, { subjectId }, { orderBy: { at: 'asc', id: 'asc' }, disableIdentityMap: true });
  }

  files(em: EntityManager, subjectId: string): Promise<EvidenceFileRow[]> {
    return em.find(EvidenceFileRow, { subjectId }, { orderBy: { uploadedAt: 'asc' }, disableIdentityMap: true });
  }

  async act(
    em: EntityManager,
    viewer: Viewer | null,
    actor: AuditActor,
    id: string,
    action: RemediationActionName,
    expectedVersion: number,
    rawNote: string | null,
  ): Promise<RemediationItemRow> {
    const signedIn = requireViewer(viewer);
    const note = cleanNote(rawNote);
    const item = await this.get(em, viewer, id);
    const check = checkTransition(item.state as RemediationState, action, signedIn.role, note);
    if (!check.ok && check.reason === 'role') {
      throw new AppError(ERROR_CODES.FORBIDDEN, `您的角色不能执行“${action}”。Your role cannot ${action} a remediation item.`, { action, role: signedIn.role });
    }
    if (item.version !== expectedVersion) throw this.stale(item);
    if (!check.ok && check.reason === 'state') {
      throw new AppError(
        ERROR_CODES.INVALID_TRANSITION,
        `整改事项当前为 ${item.state}，不能执行 ${action}。The item is ${item.state}: ${action} is not possible.`,
        { action, state: item.state },
      );
    }
    if (!check.ok) throw new AppError(ERROR_CODES.BAD_USER_INPUT, '退回须填写意见。A rejection needs a comment.', { field: 'note' });
    const to = check.to;
    const today = this.today();
    return em.transactional(async (tx) => {
      const at = new Date().toISOString();
      const changes = { state: to, version: item.version + 1, updatedAt: at, verifiedOn: to === 'VERIFIED' ? today : null };
      const n = await tx.nativeUpdate(RemediationItemRow, { id, version: expectedVersion }, changes);
      if (n !== 1) throw this.stale(item);
      await tx.insert(RemediationEventRow, { id: randomUUID(), subjectType: 'ITEM', subjectId: id, at, actor: signedIn.username, kind: action, fromState: item.state, toState: to, note });
      const after = { ...item, ...changes };
      await audit(tx, { actor, action: `remediation/${action.toLowerCase()}`, entityType: 'remediation-item', entityId: id, before: itemAuditView(item), after: { ...itemAuditView(after), note } });
      const subject = { subjectType: 'ITEM' as const, subjectId: id, unitCode: item.unitCode, indicatorId: item.indicatorId, period: item.period };
      if (action === 'SUBMIT') await notify(tx, { role: 'ASSESSOR' }, 'SUBMITTED', subject);
      if (action === 'REJECT') await notify(tx, { unitCode: item.unitCode }, 'REJECTED', subject);
      if (action === 'VERIFY') await notify(tx, { unitCode: item.unitCode }, 'VERIFIED', subject);
      return after;
    });
  }

  /** A progress note (the unit on its own item, or an assessor); verified items are closed. */
  async addNote(em: EntityManager, viewer: Viewer | null, actor: AuditActor, id: string, rawNote: string): Promise<RemediationItemRow> {
    const signedIn = requireRole(viewer, 'UNIT', 'ASSESSOR');
    const note = cleanNote(rawNote);
    if (!note) throw new AppError(ERROR_CODES.BAD_USER_INPUT, '请填写进展说明。Write the note first.', { field: 'note' });
    const item = await this.get(em, viewer, id);
    if (item.state === 'VERIFIED') {
      throw new AppError(ERROR_CODES.INVALID_TRANSITION, '已验收的整改事项不能再添加说明。A verified item takes no more notes.', { state: item.state });
    }
    await em.transactional(async (tx) => {
      const at = new Date().toISOString();
      const eventId = randomUUID();
      await tx.insert(RemediationEventRow, { id: eventId, subjectType: 'ITEM', subjectId: id, at, actor: signedIn.username, kind: 'NOTE', note });
      await audit(tx, { actor, action: 'remediation/note', entityType: 'remediation-item', entityId: id, after: { eventId, note } });
    });
    return item;
  }

  /** An item opened by hand (ASSESSOR): a unit with a sub-indicator of the period, or a free topic. */
  async open(
    em: EntityManager,
    viewer: Viewer | null,
    actor: AuditActor,
    input: { unitCode: string; period: string | null; indicatorId: string | null; topic: string | null; description: string },
  ): Promise<RemediationItemRow> {
    requireRole(viewer, 'ASSESSOR');
    await getUnit(em, input.unitCode);
    const description = cleanNote(input.description, 'description');
    if (!description) throw new AppError(ERROR_CODES.BAD_USER_INPUT, '请填写整改要求。A description is required.', { field: 'description' });
    const topic = input.topic?.trim() || null;
    const indicatorId = input.indicatorId?.trim() || null;
    if (!topic && !indicatorId) throw new AppError(ERROR_CODES.BAD_USER_INPUT, '请选择指标或填写主题。Choose a sub-indicator or give a topic.', { field: 'indicatorId' });
    if (topic && topic.length > 200) throw new AppError(ERROR_CODES.BAD_USER_INPUT, '主题最多 200 字。The topic is at most 200 characters.', { field: 'topic' });
    if (indicatorId && !/^[A-Za-z][A-Za-z0-9_-]{0,63}$/.test(indicatorId)) {
      throw new AppError(ERROR_CODES.BAD_USER_INPUT, `指标 ${indicatorId} 无效。${indicatorId} is not a sub-indicator id.`, { field: 'indicatorId' });
    }
    if (input.period && !/^\d{4}(-(\d{2}|Q[1-4]|W\d{2}))?$/.test(input.period)) {
      throw new AppError(ERROR_CODES.BAD_USER_INPUT, `周期 ${input.period} 无效。${input.period} is not a period.`, { field: 'period' });
    }
    const today = this.today();
    return em.transactional(async (tx) => {
      if (indicatorId) {
        const existing = await tx.count(RemediationItemRow, { unitCode: input.unitCode, indicatorId, state: { $ne: 'VERIFIED' } });
        if (existing) {
          throw new AppError(ERROR_CODES.BAD_USER_INPUT, `${input.unitCode} 的 ${indicatorId} 已有未验收的整改事项。${input.unitCode} already has an open item for ${indicatorId}.`, { field: 'indicatorId' });
        }
      }
      const at = new Date().toISOString();
      const item: RemediationItemRow = Object.assign(new RemediationItemRow(), {
        id: randomUUID(), unitCode: input.unitCode, period: input.period, source: 'MANUAL', publicationId: null, dimensionId: null, indicatorId,
        measureId: null, topic, description, scoreAtOpen: null, pointsLost: null, threshold: null, state: 'OPEN', openedOn: today,
        deadline: remediationDeadline(today, this.deadlineDays, await loadWorkdayCalendar(tx)), verifiedOn: null, version: 1, createdAt: at, createdBy: actor.username, updatedAt: at,
      });
      await tx.insert(RemediationItemRow, { ...item });
      await tx.insert(RemediationEventRow, { id: randomUUID(), subjectType: 'ITEM', subjectId: item.id, at, actor: actor.username, kind: 'OPENED', toState: 'OPEN', note: description });
      await audit(tx, { actor, action: 'remediation/open', entityType: 'remediation-item', entityId: item.id, after: { ...itemAuditView(item), description } });
      await notify(tx, { unitCode: item.unitCode }, 'NEW_ITEM', { subjectType: 'ITEM', subjectId: item.id, unitCode: item.unitCode, indicatorId, period: input.period });
      return item;
    });
  }

  private stale(item: RemediationItemRow): AppError {
    return new AppError(
      ERROR_CODES.STALE_VERSION,
      `整改事项已于 ${item.updatedAt} 被修改，请刷新。The item was changed at ${item.updatedAt}: reload it.`,
      { currentVersion: item.version, updatedAt: item.updatedAt },
    );
  }
}
