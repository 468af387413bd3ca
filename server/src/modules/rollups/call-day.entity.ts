import { Entity, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { UnitDayRollup } from './unit-day.entity.js';

/** Roll-up (written with SQL by ./call-days.ts, never through the ORM): E1 calls per unit and day. */
@Entity({ tableName: 'call_days' })
export class CallDayRollup extends UnitDayRollup {
  [PrimaryKeyProp]?: ['day', 'unitCode'];

  @Property({ type: 'integer' })
  calls!: number;
}
