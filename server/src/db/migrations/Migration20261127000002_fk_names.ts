import { Migration } from '@mikro-orm/migrations';

/** Foreign keys of the raw-data tables, as `table.column`. */
const FOREIGN_KEYS = [
  'resources.unit_code', 'resource_updates.resource_id', 'data_calls.resource_id', 'data_calls.caller_unit_code',
  'data_demands.provider_unit_code', 'data_demands.requester_unit_code', 'systems.unit_code', 'officers.unit_code',
  'service_items.unit_code', 'cases.unit_code', 'ratings.unit_code', 'incidents.unit_code', 'manual_values.unit_code',
];

/**
 * PostgreSQL names the foreign keys of the first migration `<table>_<column>_fkey`; MikroORM (and its
 * SQLite introspection) calls them `<table>_<column>_foreign`. Renaming them on PostgreSQL lets the
 * schema generator confirm that the entities match the tables exactly on both databases
 * (modules/raw-data/entities-schema.test.ts). SQLite foreign keys have no stored names: nothing to do there.
 */
export class Migration20261127000002_fk_names extends Migration {
  override async up(): Promise<void> {
    if (this.config.get('driver')?.name !== 'PostgreSqlDriver') return;
    for (const fk of FOREIGN_KEYS) {
      const [table, column] = fk.split('.');
      this.addSql(`alter table ${table} rename constraint ${table}_${column}_fkey to ${table}_${column}_foreign`);
    }
  }

  override async down(): Promise<void> {
    if (this.config.get('driver')?.name !== 'PostgreSqlDriver') return;
    for (const fk of FOREIGN_KEYS) {
      const [table, column] = fk.split('.');
      this.addSql(`alter table ${table} rename constraint ${table}_${column}_foreign to ${table}_${column}_fkey`);
    }
  }
}
