import { Property } from '@mikro-orm/core';

/**
 * The bookkeeping columns of a row that people edit through the API: `version` for optimistic
 * concurrency (an edit names the version it read, `expectedVersion`, and applies only to that one) and
 * when the row was created and last changed. Not an entity: each subclass maps these onto its own table.
 */
export abstract class VersionedRecord {
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  /** ISO 8601 UTC instant */
  @Property({ type: 'string', length: 24, fieldName: 'created_at' })
  createdAt!: string;

  @Property({ type: 'string', length: 24, fieldName: 'updated_at' })
  updatedAt!: string;
}
