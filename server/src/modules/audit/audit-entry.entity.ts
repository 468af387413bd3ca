import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One audited change (SPEC §7): who did what to which entity, before and after. */
@Entity({ tableName: 'audit_log' })
@Index({ name: 'audit_log_at_index', properties: ['at'] })
@Index({ name: 'audit_log_action_at_index', properties: ['action', 'at'] })
export class AuditEntry {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 24 })
  at!: string;

  @Property({ type: 'string', length: 36, fieldName: 'actor_id', nullable: true })
  actorId: string | null = null;

  @Property({ type: 'string', length: 64, fieldName: 'actor_username', nullable: true })
  actorUsername: string | null = null;

  /** `<area>/<verb>`, e.g. `auth/login`, `user/update`, `scheme/publish`. */
  @Property({ type: 'string', length: 64 })
  action!: string;

  @Property({ type: 'string', length: 64, fieldName: 'entity_type', nullable: true })
  entityType: string | null = null;

  @Property({ type: 'string', length: 255, fieldName: 'entity_id', nullable: true })
  entityId: string | null = null;

  @Property({ type: 'text', fieldName: 'before_json', nullable: true })
  beforeJson: string | null = null;

  @Property({ type: 'text', fieldName: 'after_json', nullable: true })
  afterJson: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  ip: string | null = null;

  @Property({ type: 'string', length: 64, fieldName: 'request_id', nullable: true })
  requestId: string | null = null;
}
