import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** Roll-up (written with SQL by ./rating-days.ts, never through the ORM): ratings per unit and rated day. */
@Entity({ tableName: 'rating_days' })
export class RatingDayRollup {
  [PrimaryKeyProp]?: ['day', 'unitCode'];

  @PrimaryKey({ type: 'string', length: 10 })
  day!: string;

  @PrimaryKey({ type: 'string', length: 64, fieldName: 'unit_code' })
  unitCode!: string;

  @Property({ type: 'integer' })
  rated!: number;

  @Property({ type: 'integer' })
  positive!: number;

  @Property({ type: 'integer' })
  bad!: number;

  @Property({ type: 'integer', fieldName: 'bad_on_time' })
  badOnTime!: number;
}
