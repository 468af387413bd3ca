import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Unit } from '../units/unit.entity.js';

/** A security officer (officers.csv). scope is `unit` or the system_id of one of the unit's systems. */
@Entity({ tableName: 'officers' })
@Index({ name: 'officers_unit_scope_index', properties: ['unit', 'scope'] })
export class Officer {
  @PrimaryKey({ type: 'string', length: 64, fieldName: 'officer_id' })
  officerId!: string;

  @ManyToOne(() => Unit, { fieldName: 'unit_code', index: false, updateRule: 'no action', deleteRule: 'no action' })
  unit!: Unit;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Property({ type: 'string', length: 64 })
  scope!: string;

  @Property({ type: 'string', length: 10, fieldName: 'appointed_on' })
  appointedOn!: string;

  @Property({ type: 'string', length: 10, fieldName: 'ended_on', nullable: true })
  endedOn: string | null = null;

  @Property({ type: 'string', length: 10, fieldName: 'certified_until' })
  certifiedUntil!: string;
}
