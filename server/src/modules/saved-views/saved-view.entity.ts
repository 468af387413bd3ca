import { Entity, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { User } from '../accounts/user.entity.js';

/**
 * A view a user saved under a name (保存的视图): the page's URL (path and query: period or period
 * kind, scope, sort, columns, compare set…). Private to its user; at most one is the user's start page.
 */
@Entity({ tableName: 'saved_views' })
@Unique({ name: 'saved_views_user_id_name_unique', properties: ['user', 'name'] })
@Index({ name: 'saved_views_user_id_index', properties: ['user'] })
export class SavedView {
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

  /** Optimistic concurrency: updateSavedView(expectedVersion). */
  @Property({ type: 'integer', default: 1 })
  version: number = 1;

  @Property({ type: 'string', length: 24, fieldName: 'created_at' })
  createdAt!: string;

  @Property({ type: 'string', length: 24, fieldName: 'updated_at' })
  updatedAt!: string;
}
