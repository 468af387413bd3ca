import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** Roll-up (written with SQL by ./case-days.ts, never through the ORM): cases per unit, submitted and completed day. */
@Entity({ tableName: 'case_days' })
export class CaseDayRollup {
  [PrimaryKeyProp]?: ['day', 'unitCode'];

  @PrimaryKey({ type: 'string', length: 10 })
  day!: string;

  @PrimaryKey({ type: 'string', length: 64, fieldName: 'unit_code' })
  unitCode!: string;

  @Property({ type: 'integer' })
  submitted!: number;

  @Property({ type: 'integer' })
  online!: number;

  @Property({ type: 'integer' })
  completed!: number;
}
