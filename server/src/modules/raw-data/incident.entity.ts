import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Unit } from '../units/unit.entity.js';

/** A data-security incident (incidents.csv): the penalty P. */
@Entity({ tableName: 'incidents' })
@Index({ name: 'incidents_unit_occurred_index', properties: ['unit', 'occurredOn'] })
export class Incident {
  @PrimaryKey({ type: 'string', length: 64, fieldName: 'incident_id' })
  incidentId!: string;

  @ManyToOne(() => Unit, { fieldName: 'unit_code', index: false, updateRule: 'no action', deleteRule: 'no action' })
  unit!: Unit;

  @Property({ type: 'string', length: 10, fieldName: 'occurred_on' })
  occurredOn!: string;

  @Property({ type: 'string', length: 32 })
  severity!: string;

  @Property({ type: 'text' })
  description!: string;
}
