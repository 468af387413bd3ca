import { Entity, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Resource } from './resource.entity.js';

/** One update of a resource (resource_updates.csv), keyed by resource and local timestamp. */
@Entity({ tableName: 'resource_updates' })
@Index({ name: 'resource_updates_resource_day_index', properties: ['resource', 'updatedOn'] })
@Index({ name: 'resource_updates_day_index', properties: ['updatedOn'] })
export class ResourceUpdate {
  [PrimaryKeyProp]?: ['resource', 'updatedAt'];

  @ManyToOne(() => Resource, { primary: true, fieldName: 'resource_id', index: false, updateRule: 'no action', deleteRule: 'no action' })
  resource!: Resource;

  /** Asia/Shanghai local `YYYY-MM-DD HH:MM:SS` */
  @PrimaryKey({ type: 'string', length: 19, fieldName: 'updated_at' })
  updatedAt!: string;

  /** The calendar date of updatedAt. */
  @Property({ type: 'string', length: 10, fieldName: 'updated_on' })
  updatedOn!: string;
}
