import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/** One calendar day and the window it belongs to for every update cycle (SPEC §4, U1); written by ./extend-calendar.ts only. */
@Entity({ tableName: 'calendar_days' })
export class CalendarDay {
  @PrimaryKey({ type: 'string', length: 10 })
  day!: string;

  /** ISO week: Monday … Sunday */
  @Property({ type: 'string', length: 10, fieldName: 'week_start' })
  weekStart!: string;

  @Property({ type: 'string', length: 10, fieldName: 'week_end' })
  weekEnd!: string;

  @Property({ type: 'string', length: 10, fieldName: 'month_start' })
  monthStart!: string;

  @Property({ type: 'string', length: 10, fieldName: 'month_end' })
  monthEnd!: string;

  @Property({ type: 'string', length: 10, fieldName: 'quarter_start' })
  quarterStart!: string;

  @Property({ type: 'string', length: 10, fieldName: 'quarter_end' })
  quarterEnd!: string;

  @Property({ type: 'string', length: 10, fieldName: 'year_start' })
  yearStart!: string;

  @Property({ type: 'string', length: 10, fieldName: 'year_end' })
  yearEnd!: string;
}
