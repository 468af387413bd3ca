import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property, Unique } from '@mikro-orm/core';

/** 整改事项: opened from a published low score or by an assessor (SPEC §7). */
@Entity({ tableName: 'remediation_items' })
@Index({ name: 'remediation_items_unit_code_state_index', properties: ['unitCode', 'state'] })
@Index({ name: 'remediation_items_period_index', properties: ['period'] })
export class RemediationItemRow {
  @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Property({ type: 'string', length: 64, fieldName: 'unit_code' }) unitCode!: string;
  @Property({ type: 'string', length: 10, nullable: true }) period: string | null = null;
  /** 'PUBLICATION' (opened by publishing) or 'MANUAL' (opened by an assessor). */
  @Property({ type: 'string', length: 16 }) source!: string;
  @Property({ type: 'string', length: 36, fieldName: 'publication_id', nullable: true }) publicationId: string | null = null;
  @Property({ type: 'string', length: 64, fieldName: 'dimension_id', nullable: true }) dimensionId: string | null = null;
  /** The sub-indicator; null for a free topic. */
  @Property({ type: 'string', length: 64, fieldName: 'indicator_id', nullable: true }) indicatorId: string | null = null;
  @Property({ type: 'string', length: 64, fieldName: 'measure_id', nullable: true }) measureId: string | null = null;
  @Property({ type: 'string', length: 200, nullable: true }) topic: string | null = null;
  @Property({ type: 'text', nullable: true }) description: string | null = null;
  @Property({ type: 'double', fieldName: 'score_at_open', nullable: true }) scoreAtOpen: number | null = null;
  @Property({ type: 'double', fieldName: 'points_lost', nullable: true }) pointsLost: number | null = null;
  @Property({ type: 'double', nullable: true }) threshold: number | null = null;
  @Property({ type: 'string', length: 16 }) state!: string;
  @Property({ type: 'string', length: 10, fieldName: 'opened_on' }) openedOn!: string;
  @Property({ type: 'string', length: 10 }) deadline!: string;
  @Property({ type: 'string', length: 10, fieldName: 'verified_on', nullable: true }) verifiedOn: string | null = null;
  @Property({ type: 'integer' }) version!: number;
  @Property({ type: 'string', length: 24, fieldName: 'created_at' }) createdAt!: string;
  @Property({ type: 'string', length: 64, fieldName: 'created_by', nullable: true }) createdBy: string | null = null;
  @Property({ type: 'string', length: 24, fieldName: 'updated_at' }) updatedAt!: string;
}

/** 申诉复核: a unit's appeal of a published sub-indicator score or evidence record. */
@Entity({ tableName: 'appeals' })
@Index({ name: 'appeals_unit_code_index', properties: ['unitCode'] })
export class AppealRow {
  @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Property({ type: 'string', length: 64, fieldName: 'unit_code' }) unitCode!: string;
  @Property({ type: 'string', length: 10 }) period!: string;
  @Property({ type: 'string', length: 36, fieldName: 'publication_id' }) publicationId!: string;
  @Property({ type: 'string', length: 64, fieldName: 'indicator_id' }) indicatorId!: string;
  /** The evidence record appealed (its id in the raw data), or null for the score as a whole. */
  @Property({ type: 'string', length: 128, fieldName: 'record_id', nullable: true }) recordId: string | null = null;
  @Property({ type: 'text' }) reason!: string;
  /** PENDING, ACCEPTED or REJECTED. */
  @Property({ type: 'string', length: 16 }) state!: string;
  @Property({ type: 'text', fieldName: 'decision_note', nullable: true }) decisionNote: string | null = null;
  @Property({ type: 'string', length: 24, fieldName: 'decided_at', nullable: true }) decidedAt: string | null = null;
  @Property({ type: 'string', length: 64, fieldName: 'decided_by', nullable: true }) decidedBy: string | null = null;
  @Property({ type: 'integer' }) version!: number;
  @Property({ type: 'string', length: 24, fieldName: 'created_at' }) createdAt!: string;
  @Property({ type: 'string', length: 64, fieldName: 'created_by', nullable: true }) createdBy: string | null = null;
}

/** One line of an item's or an appeal's timeline: who, when, what. Append-only. */
@Entity({ tableName: 'remediation_events' })
@Index({ name: 'remediation_events_subject_id_index', properties: ['subjectId'] })
export class RemediationEventRow {
  @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  /** 'ITEM' or 'APPEAL'. */
  @Property({ type: 'string', length: 8, fieldName: 'subject_type' }) subjectType!: string;
  @Property({ type: 'string', length: 36, fieldName: 'subject_id' }) subjectId!: string;
  @Property({ type: 'string', length: 24 }) at!: string;
  @Property({ type: 'string', length: 64, nullable: true }) actor: string | null = null;
  /** OPENED, START, SUBMIT, VERIFY, REJECT, NOTE, FILE, DEADLINE, APPEALED, ACCEPT… */
  @Property({ type: 'string', length: 16 }) kind!: string;
  @Property({ type: 'string', length: 16, fieldName: 'from_state', nullable: true }) fromState: string | null = null;
  @Property({ type: 'string', length: 16, fieldName: 'to_state', nullable: true }) toState: string | null = null;
  @Property({ type: 'text', nullable: true }) note: string | null = null;
  @Property({ type: 'string', length: 36, fieldName: 'file_id', nullable: true }) fileId: string | null = null;
}

/** An evidence file of an item or an appeal; the bytes are in FILES_DIR under the id. */
@Entity({ tableName: 'evidence_files' })
@Index({ name: 'evidence_files_subject_id_index', properties: ['subjectId'] })
export class EvidenceFileRow {
  @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Property({ type: 'string', length: 8, fieldName: 'subject_type' }) subjectType!: string;
  @Property({ type: 'string', length: 36, fieldName: 'subject_id' }) subjectId!: string;
  @Property({ type: 'string', length: 64, fieldName: 'unit_code' }) unitCode!: string;
  @Property({ type: 'string', length: 200 }) name!: string;
  @Property({ type: 'string', length: 100, fieldName: 'content_type' }) contentType!: string;
  @Property({ type: 'integer' }) size!: number;
  @Property({ type: 'string', length: 64 }) sha256!: string;
  @Property({ type: 'string', length: 24, fieldName: 'uploaded_at' }) uploadedAt!: string;
  @Property({ type: 'string', length: 64, fieldName: 'uploaded_by', nullable: true }) uploadedBy: string | null = null;
}

/** 站内通知 of one user. `dedupe_key` keeps the daily reminders from repeating. */
@Entity({ tableName: 'notifications' })
@Index({ name: 'notifications_user_id_index', properties: ['userId'] })
@Unique({ name: 'notifications_user_id_dedupe_key_unique', properties: ['userId', 'dedupeKey'] })
export class NotificationRow {
  @PrimaryKey({ type: 'string', length: 36 }) id!: string;
  @Property({ type: 'string', length: 36, fieldName: 'user_id' }) userId!: string;
  /** NEW_ITEM, REJECTED, VERIFIED, SUBMITTED, APPEAL_FILED, APPEAL_DECIDED, DUE_SOON, OVERDUE. */
  @Property({ type: 'string', length: 16 }) kind!: string;
  @Property({ type: 'string', length: 8, fieldName: 'subject_type' }) subjectType!: string;
  @Property({ type: 'string', length: 36, fieldName: 'subject_id' }) subjectId!: string;
  @Property({ type: 'string', length: 64, fieldName: 'unit_code' }) unitCode!: string;
  @Property({ type: 'string', length: 64, fieldName: 'indicator_id', nullable: true }) indicatorId: string | null = null;
  @Property({ type: 'string', length: 10, nullable: true }) period: string | null = null;
  @Property({ type: 'string', length: 80, fieldName: 'dedupe_key', nullable: true }) dedupeKey: string | null = null;
  @Property({ type: 'string', length: 24, fieldName: 'created_at' }) createdAt!: string;
  @Property({ type: 'string', length: 24, fieldName: 'read_at', nullable: true }) readAt: string | null = null;
}

/** The appeal window and the publication date (by the server clock) of each publication. */
@Entity({ tableName: 'publication_windows' })
export class PublicationWindowRow {
  @PrimaryKey({ type: 'string', length: 36, fieldName: 'publication_id' }) publicationId!: string;
  @Property({ type: 'string', length: 10 }) period!: string;
  @Property({ type: 'string', length: 10, fieldName: 'published_on' }) publishedOn!: string;
  @Property({ type: 'string', length: 10, fieldName: 'appeals_close_on' }) appealsCloseOn!: string;
}

/** One row per daily job and day: whoever inserts it first runs the job (several processes, one run). */
@Entity({ tableName: 'job_runs' })
export class JobRunRow {
  [PrimaryKeyProp]?: ['job', 'day'];
  @PrimaryKey({ type: 'string', length: 64 }) job!: string;
  @PrimaryKey({ type: 'string', length: 10 }) day!: string;
  @Property({ type: 'string', length: 24, fieldName: 'started_at' }) startedAt!: string;
  @Property({ type: 'string', length: 128, nullable: true }) runner: string | null = null;
}
