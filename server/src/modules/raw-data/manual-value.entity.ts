import { Entity, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Unit } from '../units/unit.entity.js';

/** The value of a manual measure for one unit and period (manual_values.csv). */
@Entity({ tableName: 'manual_values' })
@Index({ name: 'manual_values_period_index', properties: ['period'] })
export class ManualValue {
  [PrimaryKeyProp]?: ['indicatorId', 'unit', 'period'];

  @PrimaryKey({ type: 'string', length: 64, fieldName: 'indicator_id' })
  indicatorId!: string;

  @ManyToOne(() => Unit, { primary: true, fieldName: 'unit_code', index: false, updateRule: 'no action', deleteRule: 'no action' })
  unit!: Unit;

  /** A period id: `2023-03`, `2023-Q1` or `2023`. */
  @PrimaryKey({ type: 'string', length: 10 })
  period!: string;

  @Property({ type: 'double' })
  value!: number;
}
