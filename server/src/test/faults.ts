import type { MikroORM } from '@mikro-orm/core';

/**
 * Fault injection with the database's own machinery: a trigger that refuses every insert into
 * `table`, as a full disk, a lost connection or a constraint would, at exactly that step of a unit
 * of work. No code path is mocked.
 */
export async function refuseInserts(orm: MikroORM, table: string): Promise<void> {
  const conn = orm.em.fork().getConnection();
  if (isPostgres(orm)) {
    await conn.execute(`create or replace function scorecard_injected_fault() returns trigger language plpgsql as $$
      begin raise exception 'injected fault: no insert into %', tg_table_name; end $$`);
    await conn.execute(`create trigger scorecard_injected_fault before insert on ${table} for each row execute function scorecard_injected_fault()`);
  } else {
    await conn.execute(`create trigger scorecard_injected_fault_${table} before insert on ${table}
      begin select raise(abort, 'injected fault: no insert into ${table}'); end`);
  }
}

export async function allowInserts(orm: MikroORM, table: string): Promise<void> {
  const conn = orm.em.fork().getConnection();
  await conn.execute(isPostgres(orm) ? `drop trigger scorecard_injected_fault on ${table}` : `drop trigger scorecard_injected_fault_${table}`);
}

function isPostgres(orm: MikroORM): boolean {
  return orm.config.getPlatform().constructor.name.startsWith('Postgre');
}

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
