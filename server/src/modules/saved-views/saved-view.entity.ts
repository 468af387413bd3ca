import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { VersionedRecord } from '../../db/versioned-record.js';
import { User } from '../accounts/user.entity.js';

/**
 * A view a user saved under a name (保存的视图): the page's URL (path and query: period or period
 * kind, scope, sort, columns, compare set…). Private to its user; at most one is the user's start page.
 * Edits are optimistic: updateSavedView(expectedVersion) (VersionedRecord).
 */
@Entity({ tableName: 'saved_views' })
@Unique({ name: 'saved_views_user_id_name_unique', properties: ['user', 'name'] })
@Index({ name: 'saved_views_user_id_index', properties: ['user'] })
export class SavedView extends VersionedRecord {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @ManyToOne(() => User, { fieldName: 'user_id', index: false, updateRule: 'no action', deleteRule: 'no action' })
  user!: User;

  @Property({ type: 'string', length: 80 })
  name!: string;

  /** Relative to the app: `/ranking?period=2023-12&scope=ALL`. */
  @Property({ type: 'string', length: 2000 })
  url!: string;

  @Property({ type: 'boolean', fieldName: 'is_start', default: false })
  isStart: boolean = false;
}
