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

export function isPostgres(orm: MikroORM): boolean {
  return orm.config.getPlatform().constructor.name.startsWith('Postgre');
}
