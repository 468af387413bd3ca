import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { deadlineState, type WorkdayCalendar } from '@scorecard/shared';
import type { UnitRef } from '@scorecard/shared';
import { UnitType } from '../units/unit.types.js';
import type { AppealRow, EvidenceFileRow, NotificationRow, RemediationEventRow, RemediationItemRow } from './remediation.entities.js';
import type { PeriodRemediationSummary, UnitRemediationSummary } from './summary.js';

export enum RemediationStateEnum { OPEN = 'OPEN', IN_PROGRESS = 'IN_PROGRESS', SUBMITTED = 'SUBMITTED', VERIFIED = 'VERIFIED', REJECTED = 'REJECTED' }
export enum RemediationActionEnum { START = 'START', SUBMIT = 'SUBMIT', VERIFY = 'VERIFY', REJECT = 'REJECT' }
export enum DeadlineStatusEnum { DONE = 'DONE', ON_TRACK = 'ON_TRACK', DUE_SOON = 'DUE_SOON', OVERDUE = 'OVERDUE' }
export enum AppealStateEnum { PENDING = 'PENDING', ACCEPTED = 'ACCEPTED', REJECTED = 'REJECTED' }
export enum AppealDecisionEnum { ACCEPT = 'ACCEPT', REJECT = 'REJECT' }
registerEnumType(RemediationStateEnum, { name: 'RemediationState', description: 'OPEN → IN_PROGRESS → SUBMITTED → VERIFIED; SUBMITTED → REJECTED → IN_PROGRESS.' });
registerEnumType(RemediationActionEnum, { name: 'RemediationAction', description: 'START and SUBMIT (the unit), VERIFY and REJECT (an assessor; REJECT needs a note).' });
registerEnumType(DeadlineStatusEnum, { name: 'DeadlineStatus' });
registerEnumType(AppealStateEnum, { name: 'AppealState' });
registerEnumType(AppealDecisionEnum, { name: 'AppealDecision' });

@ObjectType('TimelineEvent', { description: 'One change of an item or an appeal: who, when, what.' })
export class TimelineEventType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'ISO 8601 UTC instant.' }) at!: string;
  @Field(() => String, { nullable: true }) actor!: string | null;
  @Field(() => String, { description: 'OPENED, START, SUBMIT, VERIFY, REJECT, NOTE, FILE, DEADLINE, APPEALED, ACCEPT.' }) kind!: string;
  @Field(() => String, { nullable: true }) fromState!: string | null;
  @Field(() => String, { nullable: true }) toState!: string | null;
  @Field(() => String, { nullable: true }) note!: string | null;
  @Field(() => String, { nullable: true }) fileId!: string | null;

  static from(e: RemediationEventRow): TimelineEventType {
    return Object.assign(new TimelineEventType(), { id: e.id, at: e.at, actor: e.actor, kind: e.kind, fromState: e.fromState, toState: e.toState, note: e.note, fileId: e.fileId });
  }
}

@ObjectType('EvidenceFile', { description: 'An evidence file; download it from /api/files/{id}.' })
export class EvidenceFileType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) contentType!: string;
  @Field(() => Int) size!: number;
  @Field(() => String) uploadedAt!: string;
  @Field(() => String, { nullable: true }) uploadedBy!: string | null;
  @Field(() => String, { description: 'The download address.' }) url!: string;

  static from(f: EvidenceFileRow): EvidenceFileType {
    return Object.assign(new EvidenceFileType(), { id: f.id, name: f.name, contentType: f.contentType, size: f.size, uploadedAt: f.uploadedAt, uploadedBy: f.uploadedBy, url: `/api/files/${f.id}` });
  }
}

@ObjectType('RemediationItem', { description: '整改事项: opened from a published score below the threshold, or by an assessor.' })
export class RemediationItemType {
  @Field(() => ID) id!: string;
  @Field(() => UnitType) unit!: UnitType;
  @Field(() => String, { nullable: true, description: 'The published period it came from (null for a free topic without one).' }) period!: string | null;
  @Field(() => String, { description: 'PUBLICATION or MANUAL.' }) source!: string;
  @Field(() => String, { nullable: true }) publicationId!: string | null;
  @Field(() => String, { nullable: true }) dimensionId!: string | null;
  @Field(() => String, { nullable: true, description: 'The sub-indicator (null for a free topic).' }) indicatorId!: string | null;
  @Field(() => String, { nullable: true }) measureId!: string | null;
  @Field(() => String, { nullable: true }) topic!: string | null;
  @Field(() => String, { nullable: true }) description!: string | null;
  @Field(() => Float, { nullable: true, description: 'The published sub-indicator score (0–100) that opened it.' }) scoreAtOpen!: number | null;
  @Field(() => Float, { nullable: true }) pointsLost!: number | null;
  @Field(() => Float, { nullable: true }) threshold!: number | null;
  @Field(() => RemediationStateEnum) state!: RemediationStateEnum;
  @Field(() => String, { description: 'YYYY-MM-DD: the publication date (or the day it was opened by hand).' }) openedOn!: string;
  @Field(() => String, { description: 'YYYY-MM-DD: openedOn + N working days.' }) deadline!: string;
  @Field(() => Boolean, { description: 'Past the deadline and not VERIFIED.' }) overdue!: boolean;
  @Field(() => Boolean, { description: '5 working days or fewer left, not overdue, not VERIFIED.' }) dueSoon!: boolean;
  @Field(() => DeadlineStatusEnum) deadlineStatus!: DeadlineStatusEnum;
  @Field(() => Int, { description: 'Working days after today up to the deadline (negative once overdue).' }) workingDaysLeft!: number;
  @Field(() => String, { nullable: true }) verifiedOn!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => String) createdAt!: string;
  @Field(() => String) updatedAt!: string;

  static from(row: RemediationItemRow, unit: UnitRef, today: string, calendar: WorkdayCalendar): RemediationItemType {
    const s = deadlineState(row.deadline, today, row.state === 'VERIFIED', calendar);
    return Object.assign(new RemediationItemType(), {
      id: row.id, unit: UnitType.from(unit), period: row.period, source: row.source, publicationId: row.publicationId, dimensionId: row.dimensionId,
      indicatorId: row.indicatorId, measureId: row.measureId, topic: row.topic, description: row.description, scoreAtOpen: row.scoreAtOpen,
      pointsLost: row.pointsLost, threshold: row.threshold, state: row.state as RemediationStateEnum, openedOn: row.openedOn, deadline: row.deadline,
      overdue: s.overdue, dueSoon: s.dueSoon, deadlineStatus: s.status as DeadlineStatusEnum, workingDaysLeft: s.workingDaysLeft,
      verifiedOn: row.verifiedOn, version: row.version, createdAt: row.createdAt, updatedAt: row.updatedAt,
    });
  }
}

@InputType('OpenRemediationInput')
export class OpenRemediationInput {
  @Field(() => String) unitCode!: string;
  @Field(() => String, { nullable: true }) period?: string | null;
  @Field(() => String, { nullable: true, description: 'A sub-indicator id, or leave empty and give a topic.' }) indicatorId?: string | null;
  @Field(() => String, { nullable: true }) topic?: string | null;
  @Field(() => String) description!: string;
}

@ObjectType('Appeal', { description: '申诉复核 of a published sub-indicator score or one evidence record.' })
export class AppealType {
  @Field(() => ID) id!: string;
  @Field(() => UnitType) unit!: UnitType;
  @Field(() => String) period!: string;
  @Field(() => String) publicationId!: string;
  @Field(() => String) indicatorId!: string;
  @Field(() => String, { nullable: true, description: 'The evidence record appealed (null: the score as a whole).' }) recordId!: string | null;
  @Field(() => String) reason!: string;
  @Field(() => AppealStateEnum) state!: AppealStateEnum;
  @Field(() => String, { nullable: true }) decisionNote!: string | null;
  @Field(() => String, { nullable: true }) decidedAt!: string | null;
  @Field(() => String, { nullable: true }) decidedBy!: string | null;
  @Field(() => Int) version!: number;
  @Field(() => String) createdAt!: string;
  @Field(() => String, { nullable: true }) createdBy!: string | null;

  static from(row: AppealRow, unit: UnitRef): AppealType {
    return Object.assign(new AppealType(), { ...row, unit: UnitType.from(unit), state: row.state as AppealStateEnum });
  }
}

@InputType('AppealInput')
export class AppealInput {
  @Field(() => String) period!: string;
  @Field(() => String) indicatorId!: string;
  @Field(() => String, { nullable: true }) recordId?: string | null;
  @Field(() => String) reason!: string;
}

@ObjectType('AppealWindow')
export class AppealWindowType {
  @Field(() => String) period!: string;
  @Field(() => String) publishedOn!: string;
  @Field(() => String) appealsCloseOn!: string;
  @Field(() => Boolean) open!: boolean;
}

@ObjectType('Notification')
export class NotificationType {
  @Field(() => ID) id!: string;
  @Field(() => String, { description: 'NEW_ITEM, SUBMITTED, REJECTED, VERIFIED, APPEAL_FILED, APPEAL_DECIDED, DUE_SOON, OVERDUE.' }) kind!: string;
  @Field(() => String, { description: 'ITEM or APPEAL.' }) subjectType!: string;
  @Field(() => String) subjectId!: string;
  @Field(() => String) unitCode!: string;
  @Field(() => String, { nullable: true }) indicatorId!: string | null;
  @Field(() => String, { nullable: true }) period!: string | null;
  @Field(() => String) createdAt!: string;
  @Field(() => Boolean) read!: boolean;

  static from(n: NotificationRow): NotificationType {
    return Object.assign(new NotificationType(), { id: n.id, kind: n.kind, subjectType: n.subjectType, subjectId: n.subjectId, unitCode: n.unitCode, indicatorId: n.indicatorId, period: n.period, createdAt: n.createdAt, read: n.readAt !== null });
  }
}

@ObjectType('NotificationList')
export class NotificationListType {
  @Field(() => Int) unreadCount!: number;
  @Field(() => [NotificationType]) items!: NotificationType[];
}

@ObjectType('RemediationUnitSummary')
export class RemediationUnitSummaryType {
  @Field(() => UnitType) unit!: UnitType;
  @Field(() => Int) total!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) verified!: number;
  @Field(() => Int) verifiedOnTime!: number;
  @Field(() => Float, { nullable: true, description: 'Verified by the deadline, % of verified.' }) onTimeRate!: number | null;
  @Field(() => Float, { nullable: true, description: 'Calendar days from opening to verification, averaged.' }) averageDaysToVerify!: number | null;

  static from(s: UnitRemediationSummary, unit: UnitRef): RemediationUnitSummaryType {
    return Object.assign(new RemediationUnitSummaryType(), { ...s, unit: UnitType.from(unit) });
  }
}

@ObjectType('RemediationPeriodSummary')
export class RemediationPeriodSummaryType {
  @Field(() => String) period!: string;
  @Field(() => Int) total!: number;
  @Field(() => Int) open!: number;
  @Field(() => Int) overdue!: number;
  @Field(() => Int) verified!: number;
  @Field(() => Int) verifiedOnTime!: number;
  @Field(() => Float, { nullable: true }) onTimeRate!: number | null;
  @Field(() => Float, { nullable: true }) averageDaysToVerify!: number | null;

  static from(s: PeriodRemediationSummary): RemediationPeriodSummaryType {
    return Object.assign(new RemediationPeriodSummaryType(), s);
  }
}

@ObjectType('RemediationSummary')
export class RemediationSummaryType {
  @Field(() => [RemediationUnitSummaryType]) units!: RemediationUnitSummaryType[];
  @Field(() => [RemediationPeriodSummaryType], { description: 'City-wide, one point per period.' }) periods!: RemediationPeriodSummaryType[];
}
