import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Unit } from '../units/unit.entity.js';

/** An information system of a unit (systems.csv); covered by an officer whose scope is its id. */
@Entity({ tableName: 'systems' })
@Index({ name: 'systems_unit_code_index', properties: ['unit'] })
export class InformationSystem {
  @PrimaryKey({ type: 'string', length: 64, fieldName: 'system_id' })
  systemId!: string;

  @ManyToOne(() => Unit, { fieldName: 'unit_code', index: false, updateRule: 'no action', deleteRule: 'no action' })
  unit!: Unit;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Property({ type: 'string', length: 10, fieldName: 'commissioned_on' })
  commissionedOn!: string;

  @Property({ type: 'string', length: 10, fieldName: 'retired_on', nullable: true })
  retiredOn: string | null = null;
}
