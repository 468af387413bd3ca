import type { MikroORM } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { dataVersionColumns, dataVersionOf } from '../../modules/scoring/data-version.js';
import type { Role } from '../context.js';

/** What the fast path needs per request: the session (if the token names one) and the data version. */
export interface FastLookup {
  /** The data version (modules/scoring/data-version.ts), read in the same statement; null while a bulk load is incomplete. */
  dataVersion: string | null;
  session: {
    id: string;
    lastSeenAt: string;
    userId: string;
    username: string;
    role: Role;
    unitCode: string | null;
    disabled: boolean;
  } | null;
}

/**
 * One statement for both: the session row with its user (by token hash) and the data version's own
 * select list (its one definition, modules/scoring/data-version.ts). Profiling the cached ranking
 * showed knex preparing the session select and the version select anew on every request, plus MikroORM hydrating the session and user entities; one
 * statement prepared once per connection is a few microseconds on SQLite and one round trip on
 * PostgreSQL. `(select 1)` keeps one row when the token is unknown, so the version is still read.
 */
const VERSION = dataVersionColumns();
const SQL = `select
  ${VERSION.sql},
  s.id as session_id, s.last_seen_at, u.id as user_id, u.username, u.role, u.unit_code, u.disabled
from (select 1 as one) one
left join sessions s on s.token_hash = ?
left join users u on u.id = s.user_id`;

/** A prepared statement's name on PostgreSQL: pg prepares it once per connection and reuses it. */
const PG_STATEMENT = 'scorecard_fast_lookup';
let placeholder = 0;
const PG_SQL = SQL.replace(/\?/g, () => `$${++placeholder}`);
const params = (tokenHash: string): unknown[] => [...VERSION.params, tokenHash];

type Row = Record<string, unknown>;
interface SqliteHandle { prepare(sql: string): { get(...params: unknown[]): Row | undefined } }
interface PgClient { query(config: { name: string; text: string; values: unknown[] }): Promise<{ rows: Row[] }> }
interface KnexClient {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

function isSqlite(conn: unknown): conn is SqliteHandle {
  return typeof (conn as { prepare?: unknown }).prepare === 'function' && typeof (conn as { pragma?: unknown }).pragma === 'function';
}

/**
 * Reads the session and data version on a raw pooled connection (the pool MikroORM uses, so the
 * SQLite single connection and the PostgreSQL pool limits still hold), outside any ORM unit of work.
 */
export class FastLookupReader {
  private readonly statements = new WeakMap<object, ReturnType<SqliteHandle['prepare']>>();

  constructor(private readonly orm: MikroORM) {}

  async read(tokenHash: string): Promise<FastLookup> {
    const client = (this.orm.em as unknown as SqlEntityManager).getConnection().getKnex().client as unknown as KnexClient;
    const conn = await client.acquireConnection();
    try {
      return toLookup(isSqlite(conn) ? this.sqliteRow(conn, tokenHash) : await pgRow(conn as PgClient, tokenHash));
    } finally {
      await client.releaseConnection(conn);
    }
  }

  private sqliteRow(db: SqliteHandle, tokenHash: string): Row {
    let statement = this.statements.get(db);
    if (!statement) {
      statement = db.prepare(SQL);
      this.statements.set(db, statement);
    }
    return statement.get(...params(tokenHash)) ?? {};
  }
}

async function pgRow(client: PgClient, tokenHash: string): Promise<Row> {
  const { rows } = await client.query({ name: PG_STATEMENT, text: PG_SQL, values: params(tokenHash) });
  return rows[0] ?? {};
}

function toLookup(row: Row): FastLookup {
  const dataVersion = dataVersionOf(row);
  if (row.session_id === null || row.session_id === undefined || row.user_id === null || row.user_id === undefined) {
    return { dataVersion, session: null };
  }
  return {
    dataVersion,
    session: {
      id: String(row.session_id),
      lastSeenAt: String(row.last_seen_at),
      userId: String(row.user_id),
      username: String(row.username),
      role: String(row.role) as Role,
      unitCode: row.unit_code === null || row.unit_code === undefined ? null : String(row.unit_code),
      // SQLite stores booleans as 0/1, PostgreSQL as boolean.
      disabled: row.disabled === true || row.disabled === 1 || row.disabled === '1',
    },
  };
}
