import { Entity, Index, ManyToOne, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';
import { Unit } from '../units/unit.entity.js';

/** One version of a government service item (service_items.csv), active on [effectiveFrom, effectiveTo). */
@Entity({ tableName: 'service_items' })
@Index({ name: 'service_items_unit_code_index', properties: ['unit'] })
export class ServiceItem {
  [PrimaryKeyProp]?: ['itemId', 'effectiveFrom'];

  @PrimaryKey({ type: 'string', length: 64, fieldName: 'item_id' })
  itemId!: string;

  @PrimaryKey({ type: 'string', length: 10, fieldName: 'effective_from' })
  effectiveFrom!: string;

  @ManyToOne(() => Unit, { fieldName: 'unit_code', index: false, updateRule: 'no action', deleteRule: 'no action' })
  unit!: Unit;

  @Property({ type: 'string', length: 255 })
  name!: string;

  /** 1 online guidance … 4 fully online */
  @Property({ type: 'integer', fieldName: 'depth_level' })
  depthLevel!: number;

  @Property({ type: 'string', length: 10, fieldName: 'effective_to', nullable: true })
  effectiveTo: string | null = null;
}
