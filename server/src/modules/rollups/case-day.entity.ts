import { Entity, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { UnitDayRollup } from './unit-day.entity.js';

/** Roll-up (written with SQL by ./case-days.ts, never through the ORM): cases per unit, submitted and completed day. */
@Entity({ tableName: 'case_days' })
export class CaseDayRollup extends UnitDayRollup {
  [PrimaryKeyProp]?: ['day', 'unitCode'];

  @Property({ type: 'integer' })
  submitted!: number;

  @Property({ type: 'integer' })
  online!: number;

  @Property({ type: 'integer' })
  completed!: number;
}
