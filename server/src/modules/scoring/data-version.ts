import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';
import { AppError, ERROR_CODES } from '../../errors.js';

/**
 * THE data version: one string that changes whenever anything scores are computed from changes, read
 * from the database so that every server process agrees on it. Every cache of scores is keyed by it:
 * ScoringService's rankings, MeasureService's measures (narrowed to a period), the whole-response
 * cache's fast path (which reads it in the same statement as the session) and the warm-up.
 *
 * Each source is one scalar SQL expression (text) over a small table. To make another table part of
 * every cache key (scheme versions, period publications…), add one entry to VERSION_SOURCES.
 */
export interface VersionWindow {
  /** Earliest date whose records can change the period's computed measures (U1 windows reach back). */
  from: string;
  /** The period's last day. */
  to: string;
}

interface VersionPart {
  sql: string;
  params: string[];
}

/** Imported batches of dated records whose range misses the window cannot change its measures. */
const RELEVANT_TO_WINDOW = `file_kind not in ('resource_updates', 'data_calls', 'data_demands', 'cases', 'ratings', 'incidents', 'manual_values')
  or min_date is null or max_date is null
  or (rows_replaced > 0 and file_kind not in ('resource_updates', 'data_calls'))
  or (min_date <= ? and max_date >= ?)`;

const VERSION_SOURCES: ReadonlyArray<(window: VersionWindow | null) => VersionPart> = [
  /**
   * Imported batches (count, latest finish): every import, of raw records or master data, writes one.
   * Narrowed to a window: master data (units, resources, systems, officers, items — validity dates,
   * unit membership), files without dates and id-keyed activity files that replaced rows (a replaced
   * row may have moved out of the range the batch covers) count for every period; other dated files
   * only when their range meets the window (pnpm bench: one more day re-computes 3 of 17 periods).
   */
  (window) => ({
    sql: `(select cast(count(*) as text) || ':' || coalesce(max(finished_at), '') from import_batches
      where status = 'imported'${window ? ` and (${RELEVANT_TO_WINDOW})` : ''})`,
    params: window ? [window.to, window.from] : [],
  }),
  /** Manual values (count, sum): they may be entered without an import. */
  () => ({
    sql: `(select cast(count(*) as text) || ':' || coalesce(cast(sum(value) as text), '') from manual_values)`,
    params: [],
  }),  /**
   * Scheme versions (count, sum of revisions: a new draft or any save) and publications (count: a
   * publication or re-publication changes which results a period shows). They change scores, not
   * measures: a period's measure version (a window) leaves them out, so a draft save never recomputes
   * measures.
   */
  (window) => ({
    sql: window
      ? `''`
      : `(select cast(count(*) as text) || ':' || coalesce(cast(sum(revision) as text), '') from schemes)
      || ':' || (select cast(count(*) as text) from publications)`,
    params: [],
  }),
];

/** Bulk loads (the demo city, modules/demo/load-lock.ts) not yet complete: until then there is no version. */
const INCOMPLETE_LOADS = `(select count(*) from data_loads where state <> 'complete') as data_loads_incomplete`;

/**
 * The select list of the version (`<expr> as data_version_0, …`, then the count of incomplete bulk
 * loads) and its parameters, in order.
 */
export function dataVersionColumns(window: VersionWindow | null = null): VersionPart {
  const parts = VERSION_SOURCES.map((source) => source(window));
  return {
    sql: [...parts.map((part, i) => `${part.sql} as data_version_${i}`), INCOMPLETE_LOADS].join(',\n  '),
    params: parts.flatMap((part) => part.params),
  };
}

/** The version string of a row selected with dataVersionColumns; null while a bulk load is incomplete. */
export function dataVersionOf(row: Record<string, unknown> | undefined): string | null {
  if (Number(row?.data_loads_incomplete ?? 0) > 0) return null;
  return VERSION_SOURCES.map((_source, i) => {
    const v = row?.[`data_version_${i}`];
    return v === null || v === undefined ? '' : String(v);
  }).join('|');
}

/**
 * Reads the data version (of everything, or of what can change one period's computed measures).
 * While a bulk load is incomplete nothing can be scored: DATA_LOADING (HTTP 503, graphql/apollo.ts).
 */
export async function readDataVersion(em: EntityManager, window: VersionWindow | null = null): Promise<string> {
  const sqlEm = em as unknown as SqlEntityManager;
  const { sql, params } = dataVersionColumns(window);
  const [row] = await sqlEm.getConnection().execute<Array<Record<string, unknown>>>(
    `select ${sql}`, params, 'all', sqlEm.getTransactionContext(),
  );
  const version = dataVersionOf(row);
  if (version === null) {
    throw new AppError(
      ERROR_CODES.DATA_LOADING,
      '演示数据正在载入，完成后即可查看评分（约一分钟）。The demo city is still being loaded: scores are available once it is complete (about a minute).',
    );
  }
  return version;
}
