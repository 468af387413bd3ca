import { Migration } from '@mikro-orm/migrations';

/**
 * Bulk loads that must finish before anything is scored (the demo city): one row per load, which is
 * also the lock that lets exactly one server process run it (modules/demo/load-lock.ts). Its primary
 * key makes the claim an insert that only one process can win, on SQLite and PostgreSQL alike.
 */
export class Migration20261203020001_data_loads extends Migration {
  override async up(): Promise<void> {
    await this.execute(`create table data_loads (
      id varchar(32) not null primary key,
      state varchar(16) not null,
      owner varchar(128) not null,
      started_at varchar(24) not null,
      heartbeat_at varchar(24) not null,
      finished_at varchar(24) null
    )`);
  }

  override async down(): Promise<void> {
    await this.execute('drop table if exists data_loads');
  }
}
