import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * `pending`: reserved before the password is checked (so concurrent attempts are counted);
 * `failed` / `succeeded` once checked; `locked`: refused without checking.
 * Pending and failed attempts count towards the lock.
 */
export type LoginOutcome = 'pending' | 'failed' | 'succeeded' | 'locked';

/** One sign-in attempt, for counting failures per account and per address. */
@Entity({ tableName: 'login_attempts' })
@Index({ name: 'login_attempts_username_at_index', properties: ['username', 'at'] })
@Index({ name: 'login_attempts_ip_at_index', properties: ['ip', 'at'] })
export class LoginAttempt {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 24 })
  at!: string;

  @Property({ type: 'string', length: 64 })
  username!: string;

  @Property({ type: 'string', length: 64 })
  ip!: string;

  @Property({ type: 'string', length: 16 })
  outcome!: LoginOutcome;
}
