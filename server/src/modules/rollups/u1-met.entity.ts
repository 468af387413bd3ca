import { Entity, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** Roll-up (written with SQL by ./u1-met.ts, never through the ORM): met U1 windows per unit. */
@Entity({ tableName: 'u1_met' })
export class U1MetRollup {
  [PrimaryKeyProp]?: ['windowEnd', 'cycle', 'unitCode'];

  @PrimaryKey({ type: 'string', length: 10, fieldName: 'window_end' })
  windowEnd!: string;

  @PrimaryKey({ type: 'string', length: 16 })
  cycle!: string;

  @PrimaryKey({ type: 'string', length: 64, fieldName: 'unit_code' })
  unitCode!: string;

  @Property({ type: 'integer' })
  met!: number;
}
