import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** A signed-in browser or API client. Shared by every server process through the database. */
@Entity({ tableName: 'sessions' })
@Unique({ name: 'sessions_token_hash_unique', properties: ['tokenHash'] })
@Index({ name: 'sessions_user_id_index', properties: ['user'] })
export class Session {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  /** SHA-256 (hex) of the token; the token itself is never stored. */
  @Property({ type: 'string', length: 64, fieldName: 'token_hash' })
  tokenHash!: string;

  @ManyToOne(() => User, { fieldName: 'user_id', index: false, updateRule: 'no action', deleteRule: 'no action' })
  user!: User;

  @Property({ type: 'string', length: 24, fieldName: 'created_at' })
  createdAt!: string;

  /** Slides with use (written at most once a minute); the session ends after SESSION_IDLE_HOURS without use. */
  @Property({ type: 'string', length: 24, fieldName: 'last_seen_at' })
  lastSeenAt!: string;

  @Property({ type: 'string', length: 64 })
  ip!: string;

  @Property({ type: 'string', length: 255, fieldName: 'user_agent', nullable: true })
  userAgent: string | null = null;
}
