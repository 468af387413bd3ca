import { Entity, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Unit } from '../units/unit.entity.js';
import { Resource } from './resource.entity.js';

/** Calls of a resource by another unit on one day (data_calls.csv; its `date` column is `called_on`). */
@Entity({ tableName: 'data_calls' })
@Index({ name: 'data_calls_day_index', properties: ['calledOn'] })
export class DataCall {
  [PrimaryKeyProp]?: ['resource', 'callerUnit', 'calledOn'];

  @ManyToOne(() => Resource, { primary: true, fieldName: 'resource_id', index: false, updateRule: 'no action', deleteRule: 'no action' })
  resource!: Resource;

  @ManyToOne(() => Unit, { primary: true, fieldName: 'caller_unit_code', index: false, updateRule: 'no action', deleteRule: 'no action' })
  callerUnit!: Unit;

  @PrimaryKey({ type: 'string', length: 10, fieldName: 'called_on' })
  calledOn!: string;

  @Property({ type: 'integer' })
  count!: number;
}
