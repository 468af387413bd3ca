import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** Written with SQL by ./u1-windows.ts, never through the ORM: the U1 windows ending on calendar days, numbered. */
@Entity({ tableName: 'u1_windows' })
@Index({ name: 'u1_windows_start_index', properties: ['cycle', 'windowStart'] })
export class U1WindowRollup {
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
