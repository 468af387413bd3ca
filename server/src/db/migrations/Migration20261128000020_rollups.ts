import { rebuildAllRollups } from '../../modules/rollups/index.js';
import { RunnerMigration } from './runner-migration.js';

/**
 * Daily / per-window roll-ups the measures read instead of the raw records (modules/rollups):
 * any period becomes a sum over ≤ units × days rows. Maintained by every import in the file's
 * transaction. Portable: the same SQL on SQLite and PostgreSQL; counts are integers.
 *
 * An existing database is filled here from its raw rows (with the live roll-up code, so that the
 * backfill and later refreshes can never disagree), so ./data/scorecard.sqlite keeps working.
 * Statements run with `execute` in order (not addSql, which would run after the backfill).
 */
export class Migration20261128000020_rollups extends RunnerMigration {
  override async up(): Promise<void> {
    const statements = [
      // Every U1 window ending on a calendar day, numbered within its cycle (due counts, measures/u1-due.ts).
      `create table u1_windows (
        cycle varchar(16) not null,
        window_end varchar(10) not null,
        window_start varchar(10) not null,
        seq integer not null,
        primary key (cycle, window_end)
      )`,
      `create index u1_windows_start_index on u1_windows (cycle, window_start)`,
      `create table u1_met (
        window_end varchar(10) not null,
        cycle varchar(16) not null,
        unit_code varchar(64) not null,
        met integer not null,
        primary key (window_end, cycle, unit_code)
      )`,
      `create table call_days (
        day varchar(10) not null,
        unit_code varchar(64) not null,
        calls integer not null,
        primary key (day, unit_code)
      )`,
      `create table rating_days (
        day varchar(10) not null,
        unit_code varchar(64) not null,
        rated integer not null,
        positive integer not null,
        bad integer not null,
        bad_on_time integer not null,
        primary key (day, unit_code)
      )`,
      `create table case_days (
        day varchar(10) not null,
        unit_code varchar(64) not null,
        submitted integer not null,
        online integer not null,
        completed integer not null,
        primary key (day, unit_code)
      )`,
    ];
    for (const sql of statements) await this.execute(sql);
    await rebuildAllRollups(this.runner());
  }

  override async down(): Promise<void> {
    for (const table of ['case_days', 'rating_days', 'call_days', 'u1_met', 'u1_windows']) {
      await this.execute(`drop table if exists ${table}`);
    }
  }
}
