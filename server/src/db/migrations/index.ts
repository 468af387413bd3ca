import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127000001_raw_data } from './Migration20261127000001_raw_data.js';
import { Migration20261127000002_fk_names } from './Migration20261127000002_fk_names.js';
import { Migration20261128000010_accounts } from './Migration20261128000010_accounts.js';
import { Migration20261128000020_rollups } from './Migration20261128000020_rollups.js';
import { Migration20261203010000_calendar_owner } from './Migration20261203010000_calendar_owner.js';
import { Migration20261203020001_data_loads } from './Migration20261203020001_data_loads.js';
import { Migration20261204000010_schemes_publications } from './Migration20261204000010_schemes_publications.js';
import { Migration20261205000010_remediation } from './Migration20261205000010_remediation.js';
import { Migration20261206000010_data_io } from './Migration20261206000010_data_io.js';
import { Migration20261208000010_saved_views } from './Migration20261208000010_saved_views.js';
import { Migration20261209000001_import_batch_sha256 } from './Migration20261209000001_import_batch_sha256.js';

/**
 * Every migration, in order. Listed explicitly (not discovered from the file system) so that the
 * compiled server, vitest and any bundler see exactly the same set.
 */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127000001_raw_data', class: Migration20261127000001_raw_data },
  { name: 'Migration20261127000002_fk_names', class: Migration20261127000002_fk_names },
  { name: 'Migration20261128000010_accounts', class: Migration20261128000010_accounts },
  { name: 'Migration20261128000020_rollups', class: Migration20261128000020_rollups },
  { name: 'Migration20261203010000_calendar_owner', class: Migration20261203010000_calendar_owner },
  { name: 'Migration20261203020001_data_loads', class: Migration20261203020001_data_loads },
  { name: 'Migration20261204000010_schemes_publications', class: Migration20261204000010_schemes_publications },
  { name: 'Migration20261205000010_remediation', class: Migration20261205000010_remediation },
  { name: 'Migration20261206000010_data_io', class: Migration20261206000010_data_io },
  { name: 'Migration20261208000010_saved_views', class: Migration20261208000010_saved_views },
  { name: 'Migration20261209000001_import_batch_sha256', class: Migration20261209000001_import_batch_sha256 },
];
