import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from './user.entity.js';

/** A long-lived API token of a service account (INGEST). Only the token's SHA-256 is stored. */
@Entity({ tableName: 'api_tokens' })
@Unique({ name: 'api_tokens_token_hash_unique', properties: ['tokenHash'] })
@Index({ name: 'api_tokens_user_id_index', properties: ['user'] })
export class ApiToken {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => User, { fieldName: 'user_id', index: false, updateRule: 'no action', deleteRule: 'no action' })
  user!: User;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 64, fieldName: 'token_hash', hidden: true })
  tokenHash!: string;

  /** The token's first characters, shown in lists so an operator can tell tokens apart. */
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: 'string', length: 24, fieldName: 'created_at' })
  createdAt!: string;

  @Property({ type: 'string', length: 64, fieldName: 'created_by', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'string', length: 24, fieldName: 'last_used_at', nullable: true })
  lastUsedAt: string | null = null;

  @Property({ type: 'string', length: 24, fieldName: 'revoked_at', nullable: true })
  revokedAt: string | null = null;
}
