import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';

/**
 * The version of everything scores are computed from, read from the database so that every server
 * process agrees on it: imported batches (count and latest finish) — every import, of raw records or
 * master data, writes one — and the manual values (count and sum), which may be entered without an
 * import. One statement of four small aggregates; import_batches has a row per file, not per record.
 */
export async function readDataVersion(em: EntityManager): Promise<string> {
  const sqlEm = em as unknown as SqlEntityManager;
  const [row] = await sqlEm.getConnection().execute<Array<Record<string, unknown>>>(
    `select (select count(*) from import_batches where status = 'imported') as n,
      (select max(finished_at) from import_batches where status = 'imported') as f,
      (select count(*) from manual_values) as mn,
      (select sum(value) from manual_values) as ms`,
    [],
    'all',
    sqlEm.getTransactionContext(),
  );
  return [row?.n, row?.f, row?.mn, row?.ms].map((v) => (v === null || v === undefined ? '' : String(v))).join('|');
}
