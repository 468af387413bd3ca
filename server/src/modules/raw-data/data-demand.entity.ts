import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Unit } from '../units/unit.entity.js';

/** A request for data from one unit to another (data_demands.csv). */
@Entity({ tableName: 'data_demands' })
@Index({ name: 'data_demands_provider_due_index', properties: ['providerUnit', 'dueOn'] })
@Index({ name: 'data_demands_provider_fulfilled_index', properties: ['providerUnit', 'fulfilledOn'] })
export class DataDemand {
  @PrimaryKey({ type: 'string', length: 64, fieldName: 'demand_id' })
  demandId!: string;

  @ManyToOne(() => Unit, { fieldName: 'provider_unit_code', index: false, updateRule: 'no action', deleteRule: 'no action' })
  providerUnit!: Unit;

  @ManyToOne(() => Unit, { fieldName: 'requester_unit_code', index: false, updateRule: 'no action', deleteRule: 'no action' })
  requesterUnit!: Unit;

  @Property({ type: 'string', length: 10, fieldName: 'requested_on' })
  requestedOn!: string;

  @Property({ type: 'string', length: 10, fieldName: 'due_on' })
  dueOn!: string;

  @Property({ type: 'string', length: 10, fieldName: 'fulfilled_on', nullable: true })
  fulfilledOn: string | null = null;

  /** 1–5, or null when not given. */
  @Property({ type: 'double', nullable: true })
  satisfaction: number | null = null;
}
