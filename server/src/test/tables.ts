import type { MikroORM } from '@mikro-orm/core';
import { isPostgres } from './faults.js';

/** Every table of the schema but the migrations log. */
export async function tableNames(orm: MikroORM): Promise<string[]> {
  const rows = await orm.em.fork().getConnection().execute<Array<{ name: string }>>(isPostgres(orm)
    ? `select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'`
    : `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`);
  return rows.map((r: { name: string }) => r.name).filter((n: string) => n !== 'mikro_orm_migrations').sort();
}

/** Every row of every table (rows as sorted JSON, numbers normalised across drivers), `except` left out. */
export async function everyTable(orm: MikroORM, except: string[] = []): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const table of await tableNames(orm)) {
    if (except.includes(table)) continue;
    const rows = await orm.em.fork().getConnection().execute<Array<Record<string, unknown>>>(`select * from ${table}`);
    out[table] = rows.map((r: Record<string, unknown>) => JSON.stringify(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' || typeof v === 'number' ? Number(v) : v]))).sort();
  }
  return out;
}

/** Row counts of every table. */
export async function rowCounts(orm: MikroORM): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of await tableNames(orm)) {
    const [row] = await orm.em.fork().getConnection().execute<Array<{ n: unknown }>>(`select count(*) as n from ${table}`);
    out[table] = Number(row?.n);
  }
  return out;
}
