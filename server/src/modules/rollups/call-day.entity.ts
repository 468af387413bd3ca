import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** Roll-up (written with SQL by ./call-days.ts, never through the ORM): E1 calls per unit and day. */
@Entity({ tableName: 'call_days' })
export class CallDayRollup {
  [PrimaryKeyProp]?: ['day', 'unitCode'];

  @PrimaryKey({ type: 'string', length: 10 })
  day!: string;

  @PrimaryKey({ type: 'string', length: 64, fieldName: 'unit_code' })
  unitCode!: string;

  @Property({ type: 'integer' })
  calls!: number;
}
