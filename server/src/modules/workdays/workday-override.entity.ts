import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** An administrator's correction of the working-day calendar (a day the library lacks or has wrong). */
@Entity({ tableName: 'workday_overrides' })
export class WorkdayOverride {
  @PrimaryKey({ type: 'string', length: 10 }) date!: string;
  @Property({ type: 'boolean' }) working!: boolean;
  @Property({ type: 'string', length: 200, nullable: true }) note: string | null = null;
  @Property({ type: 'string', length: 24, fieldName: 'updated_at' }) updatedAt!: string;
  @Property({ type: 'string', length: 64, fieldName: 'updated_by', nullable: true }) updatedBy: string | null = null;
}
