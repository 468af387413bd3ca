import type { MikroORM } from '@mikro-orm/core';
import { importPaths } from '../../imports/index.js';

/**
 * Loads a measure fixture directory through the project's import library, so the measure tests
 * also check that importing the CSVs yields the raw rows (local dates, case units, rectify_due_on)
 * the measures expect. Any rejected file fails the test with the importer's report.
 */
export async function loadMeasureFixture(orm: MikroORM, dir: string): Promise<void> {
  const results = await importPaths(orm, [dir]);
  const rejected = results.filter((r) => r.status !== 'imported');
  if (rejected.length > 0) {
    throw new Error(`fixture import rejected: ${JSON.stringify(rejected.map((r) => ({ file: r.file, errors: r.errors })), null, 2)}`);
  }
  if (results.length !== 12) throw new Error(`expected 12 fixture files, imported ${results.length}`);
}
