import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/core';
import { Unit } from '../units/unit.entity.js';

export const CASE_CHANNELS = ['online', 'offline'] as const;
export type CaseChannel = (typeof CASE_CHANNELS)[number];

/**
 * A case handled for a service item (cases.csv). unitCode is copied from the item at import, and
 * the `*_on` dates from the local timestamps, so measures group without joins or date functions.
 */
@Entity({ tableName: 'cases' })
@Index({ name: 'cases_unit_submitted_index', properties: ['unit', 'submittedOn'] })
@Index({ name: 'cases_unit_completed_index', properties: ['unit', 'completedOn'] })
@Index({ name: 'cases_item_index', properties: ['itemId'] })
export class ServiceCase {
  @PrimaryKey({ type: 'string', length: 64, fieldName: 'case_id' })
  caseId!: string;

  @Property({ type: 'string', length: 64, fieldName: 'item_id' })
  itemId!: string;

  @ManyToOne(() => Unit, { fieldName: 'unit_code', index: false, updateRule: 'no action', deleteRule: 'no action' })
  unit!: Unit;

  @Property({ type: 'string', length: 19, fieldName: 'submitted_at' })
  submittedAt!: string;

  @Property({ type: 'string', length: 10, fieldName: 'submitted_on' })
  submittedOn!: string;

  @Property({ type: 'string', length: 19, fieldName: 'completed_at', nullable: true })
  completedAt: string | null = null;

  @Property({ type: 'string', length: 10, fieldName: 'completed_on', nullable: true })
  completedOn: string | null = null;

  @Property({ type: 'string', length: 16 })
  channel!: CaseChannel;
}
