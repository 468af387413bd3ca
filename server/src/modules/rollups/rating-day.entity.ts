import { Entity, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { UnitDayRollup } from './unit-day.entity.js';

/** Roll-up (written with SQL by ./rating-days.ts, never through the ORM): ratings per unit and rated day. */
@Entity({ tableName: 'rating_days' })
export class RatingDayRollup extends UnitDayRollup {
  [PrimaryKeyProp]?: ['day', 'unitCode'];

  @Property({ type: 'integer' })
  rated!: number;

  @Property({ type: 'integer' })
  positive!: number;

  @Property({ type: 'integer' })
  bad!: number;

  @Property({ type: 'integer', fieldName: 'bad_on_time' })
  badOnTime!: number;
}
