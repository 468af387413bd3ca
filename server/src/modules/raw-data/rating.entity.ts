import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Unit } from '../units/unit.entity.js';

/** A citizen's rating of a unit's service (ratings.csv); level 5 非常满意 … 1 非常不满意. */
@Entity({ tableName: 'ratings' })
@Index({ name: 'ratings_unit_rated_index', properties: ['unit', 'ratedOn'] })
export class Rating {
  @PrimaryKey({ type: 'string', length: 64, fieldName: 'rating_id' })
  ratingId!: string;

  @ManyToOne(() => Unit, { fieldName: 'unit_code', index: false, updateRule: 'no action', deleteRule: 'no action' })
  unit!: Unit;

  @Property({ type: 'string', length: 19, fieldName: 'rated_at' })
  ratedAt!: string;

  @Property({ type: 'string', length: 10, fieldName: 'rated_on' })
  ratedOn!: string;

  @Property({ type: 'integer' })
  level!: number;

  @Property({ type: 'string', length: 19, fieldName: 'rectified_at', nullable: true })
  rectifiedAt: string | null = null;

  @Property({ type: 'string', length: 10, fieldName: 'rectified_on', nullable: true })
  rectifiedOn: string | null = null;

  /** ratedOn + 15 days (SPEC §4, R2), computed at import. */
  @Property({ type: 'string', length: 10, fieldName: 'rectify_due_on' })
  rectifyDueOn!: string;
}
