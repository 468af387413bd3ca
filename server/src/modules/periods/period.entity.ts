import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

export type PeriodKindValue = 'month' | 'quarter' | 'year';

/** A period that has raw data (refreshed after every import, see periods.service.ts). */
@Entity({ tableName: 'periods' })
export class PeriodRecord {
  /** `2023-03`, `2023-Q1` or `2023` */
  @PrimaryKey({ type: 'string', length: 10 })
  id!: string;

  @Property({ type: 'string', length: 10 })
  kind!: PeriodKindValue;

  @Property({ type: 'string', length: 10, fieldName: 'start_on' })
  startOn!: string;

  @Property({ type: 'string', length: 10, fieldName: 'end_on' })
  endOn!: string;

  @Property({ type: 'boolean', fieldName: 'has_data', default: false })
  hasData: boolean = false;
}
