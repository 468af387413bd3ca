import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Unit } from '../units/unit.entity.js';

export const UPDATE_CYCLES = ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'] as const;
export type UpdateCycle = (typeof UPDATE_CYCLES)[number];

/** A shared data resource a unit must keep up to date (resources.csv, SPEC §8). */
@Entity({ tableName: 'resources' })
@Index({ name: 'resources_unit_code_index', properties: ['unit'] })
export class Resource {
  @PrimaryKey({ type: 'string', length: 64, fieldName: 'resource_id' })
  resourceId!: string;

  @ManyToOne(() => Unit, { fieldName: 'unit_code', index: false, updateRule: 'no action', deleteRule: 'no action' })
  unit!: Unit;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Property({ type: 'string', length: 16, fieldName: 'update_cycle' })
  updateCycle!: UpdateCycle;

  /** `YYYY-MM-DD` */
  @Property({ type: 'string', length: 10, fieldName: 'registered_on' })
  registeredOn!: string;

  @Property({ type: 'string', length: 10, fieldName: 'retired_on', nullable: true })
  retiredOn: string | null = null;
}
