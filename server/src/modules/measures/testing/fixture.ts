import type { MikroORM } from '@mikro-orm/core';
import { loadFixture } from './load-fixture.js';

/**
 * Loads a measure fixture directory. Uses the project's import library when it is present, so the
 * tests also check that importing the CSVs yields the raw rows the measures expect.
 */
export async function loadMeasureFixture(orm: MikroORM, dir: string): Promise<void> {
  await loadFixture(orm.em.fork(), dir);
}
