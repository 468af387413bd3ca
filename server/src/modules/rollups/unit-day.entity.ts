import { PrimaryKey } from '@mikro-orm/core';

/** The key every daily roll-up shares: one row per day and unit. */
export abstract class UnitDayRollup {
  @PrimaryKey({ type: 'string', length: 10 })
  day!: string;

  @PrimaryKey({ type: 'string', length: 64, fieldName: 'unit_code' })
  unitCode!: string;
}
