import { Migration } from '@mikro-orm/migrations';

/**
 * The raw-record tables of SPEC §8 plus units, periods and the calendar used for U1 windows.
 *
 * Portable by construction: the same SQL runs on SQLite and PostgreSQL. Dates are stored as
 * `YYYY-MM-DD` text and timestamps as Asia/Shanghai local `YYYY-MM-DD HH:MM:SS` text, so that
 * comparisons are plain string comparisons on both databases and no timezone conversion
 * ever happens inside SQL. Every timestamped record also stores its calendar date (`*_on`),
 * because only the date counts for every rule (SPEC §2).
 */
export class Migration20261127000001_raw_data extends Migration {
  override async up(): Promise<void> {
    const statements = [
      `create table units (
        code varchar(64) not null primary key,
        name varchar(255) not null,
        kind varchar(32) not null
      )`,
      `create table periods (
        id varchar(10) not null primary key,
        kind varchar(10) not null,
        start_on varchar(10) not null,
        end_on varchar(10) not null,
        has_data boolean not null default false
      )`,
      // One row per calendar day: the window each day belongs to for every update cycle (SPEC §4, U1).
      `create table calendar_days (
        day varchar(10) not null primary key,
        week_start varchar(10) not null,
        week_end varchar(10) not null,
        month_start varchar(10) not null,
        month_end varchar(10) not null,
        quarter_start varchar(10) not null,
        quarter_end varchar(10) not null,
        year_start varchar(10) not null,
        year_end varchar(10) not null
      )`,
      `create table resources (
        resource_id varchar(64) not null primary key,
        unit_code varchar(64) not null references units (code),
        name varchar(255) not null,
        update_cycle varchar(16) not null,
        registered_on varchar(10) not null,
        retired_on varchar(10) null
      )`,
      `create index resources_unit_code_index on resources (unit_code)`,
      `create table resource_updates (
        resource_id varchar(64) not null references resources (resource_id),
        updated_at varchar(19) not null,
        updated_on varchar(10) not null,
        primary key (resource_id, updated_at)
      )`,
      `create index resource_updates_resource_day_index on resource_updates (resource_id, updated_on)`,
      `create index resource_updates_day_index on resource_updates (updated_on)`,
      `create table data_calls (
        resource_id varchar(64) not null references resources (resource_id),
        caller_unit_code varchar(64) not null references units (code),
        called_on varchar(10) not null,
        count integer not null,
        primary key (resource_id, caller_unit_code, called_on)
      )`,
      `create index data_calls_day_index on data_calls (called_on)`,
      `create table data_demands (
        demand_id varchar(64) not null primary key,
        provider_unit_code varchar(64) not null references units (code),
        requester_unit_code varchar(64) not null references units (code),
        requested_on varchar(10) not null,
        due_on varchar(10) not null,
        fulfilled_on varchar(10) null,
        satisfaction double precision null
      )`,
      `create index data_demands_provider_due_index on data_demands (provider_unit_code, due_on)`,
      `create index data_demands_provider_fulfilled_index on data_demands (provider_unit_code, fulfilled_on)`,
      `create table systems (
        system_id varchar(64) not null primary key,
        unit_code varchar(64) not null references units (code),
        name varchar(255) not null,
        commissioned_on varchar(10) not null,
        retired_on varchar(10) null
      )`,
      `create index systems_unit_code_index on systems (unit_code)`,
      `create table officers (
        officer_id varchar(64) not null primary key,
        unit_code varchar(64) not null references units (code),
        name varchar(255) not null,
        scope varchar(64) not null,
        appointed_on varchar(10) not null,
        ended_on varchar(10) null,
        certified_until varchar(10) not null
      )`,
      `create index officers_unit_scope_index on officers (unit_code, scope)`,
      `create table service_items (
        item_id varchar(64) not null,
        effective_from varchar(10) not null,
        unit_code varchar(64) not null references units (code),
        name varchar(255) not null,
        depth_level integer not null,
        effective_to varchar(10) null,
        primary key (item_id, effective_from)
      )`,
      `create index service_items_unit_code_index on service_items (unit_code)`,
      // unit_code is copied from the item at import (an item never changes unit, SPEC §8) so that
      // case measures group by unit without a join through item versions.
      `create table cases (
        case_id varchar(64) not null primary key,
        item_id varchar(64) not null,
        unit_code varchar(64) not null references units (code),
        submitted_at varchar(19) not null,
        submitted_on varchar(10) not null,
        completed_at varchar(19) null,
        completed_on varchar(10) null,
        channel varchar(16) not null
      )`,
      `create index cases_unit_submitted_index on cases (unit_code, submitted_on)`,
      `create index cases_unit_completed_index on cases (unit_code, completed_on)`,
      `create index cases_item_index on cases (item_id)`,
      // rectify_due_on = rated_on + 15 days, computed at import so R2 needs no date arithmetic in SQL.
      `create table ratings (
        rating_id varchar(64) not null primary key,
        unit_code varchar(64) not null references units (code),
        rated_at varchar(19) not null,
        rated_on varchar(10) not null,
        level integer not null,
        rectified_at varchar(19) null,
        rectified_on varchar(10) null,
        rectify_due_on varchar(10) not null
      )`,
      `create index ratings_unit_rated_index on ratings (unit_code, rated_on)`,
      `create table incidents (
        incident_id varchar(64) not null primary key,
        unit_code varchar(64) not null references units (code),
        occurred_on varchar(10) not null,
        severity varchar(32) not null,
        description text not null
      )`,
      `create index incidents_unit_occurred_index on incidents (unit_code, occurred_on)`,
      `create table manual_values (
        indicator_id varchar(64) not null,
        unit_code varchar(64) not null references units (code),
        period varchar(10) not null,
        value double precision not null,
        primary key (indicator_id, unit_code, period)
      )`,
      `create index manual_values_period_index on manual_values (period)`,
      // One row per imported file: the history shown to assessors and the change feed that
      // invalidates cached measures (every period overlapping [min_date, max_date]).
      `create table import_batches (
        id varchar(36) not null primary key,
        file_kind varchar(32) not null,
        file_name varchar(255) not null,
        status varchar(16) not null,
        rows_added integer not null default 0,
        rows_replaced integer not null default 0,
        rows_rejected integer not null default 0,
        min_date varchar(10) null,
        max_date varchar(10) null,
        started_at varchar(24) not null,
        finished_at varchar(24) null,
        error_report text null
      )`,
      `create index import_batches_started_index on import_batches (started_at)`,
    ];
    for (const sql of statements) this.addSql(sql);
  }

  override async down(): Promise<void> {
    for (const table of [
      'import_batches', 'manual_values', 'incidents', 'ratings', 'cases', 'service_items', 'officers',
      'systems', 'data_demands', 'data_calls', 'resource_updates', 'resources', 'calendar_days', 'periods', 'units',
    ]) {
      this.addSql(`drop table if exists ${table}`);
    }
  }
}
