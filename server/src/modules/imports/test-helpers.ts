import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/core';
import { IMPORT_ORDER } from './file-kinds.js';
import { KIND_SPECS } from './kind-specs.js';

export const fixture = (path: string): string => fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url));

export type TableRow = Record<string, unknown>;

/** Every row of a raw table, ordered by its key, with numbers normalised across drivers. */
export async function tableRows(orm: MikroORM, table: string): Promise<TableRow[]> {
  const spec = Object.values(KIND_SPECS).find((s) => s.table === table);
  const order = spec ? spec.keyColumns.join(', ') : '1';
  const rows: TableRow[] = await orm.em.fork().getConnection().execute<TableRow[]>(`select * from ${table} order by ${order}`);
  return rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'string' || v === null ? v : Number(v)])));
}

/** Every raw table's rows, by table name. */
export async function snapshot(orm: MikroORM): Promise<Record<string, TableRow[]>> {
  const out: Record<string, TableRow[]> = {};
  for (const kind of IMPORT_ORDER) out[KIND_SPECS[kind].table] = await tableRows(orm, KIND_SPECS[kind].table);
  return out;
}
