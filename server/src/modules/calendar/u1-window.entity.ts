import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** The U1 windows ending on calendar days, numbered per cycle; written with SQL by ./extend-calendar.ts only. */
@Entity({ tableName: 'u1_windows' })
@Index({ name: 'u1_windows_start_index', properties: ['cycle', 'windowStart'] })
export class U1Window {
  [PrimaryKeyProp]?: ['cycle', 'windowEnd'];

  @PrimaryKey({ type: 'string', length: 16 })
  cycle!: string;

  @PrimaryKey({ type: 'string', length: 10, fieldName: 'window_end' })
  windowEnd!: string;

  @Property({ type: 'string', length: 10, fieldName: 'window_start' })
  windowStart!: string;

  @Property({ type: 'integer' })
  seq!: number;
}
