import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/**
 * One version of the indicator tree (SPEC §3) as shared's `Scheme` JSON. A draft keeps its version
 * number while it is edited (`revision` counts the saves, for optimistic locking); a version used by
 * a publication is frozen forever. Version 1 (SPEC §3's default) is frozen from the start.
 */
@Entity({ tableName: 'schemes' })
export class SchemeVersion {
  [PrimaryKeyProp]?: 'version';

  @PrimaryKey({ type: 'integer', autoincrement: false })
  version!: number;

  /** The version this one was copied from; null for version 1. */
  @Property({ type: 'integer', fieldName: 'based_on', nullable: true })
  basedOn: number | null = null;

  @Property({ type: 'text' })
  json!: string;

  @Property({ type: 'integer', default: 1 })
  revision: number = 1;

  @Property({ type: 'boolean', default: false })
  frozen: boolean = false;

  @Property({ type: 'string', length: 24, fieldName: 'created_at' })
  createdAt!: string;

  /** Username; null for the migration's version 1. */
  @Property({ type: 'string', length: 64, fieldName: 'created_by', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'string', length: 24, fieldName: 'updated_at' })
  updatedAt!: string;

  @Property({ type: 'string', length: 64, fieldName: 'updated_by', nullable: true })
  updatedBy: string | null = null;
}
