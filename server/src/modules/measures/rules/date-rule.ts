import { join, raw, sql, type Sql } from '../sql.js';

export type DateComparison = '<' | '<=' | '>' | '>=';

/**
 * One condition of a rule over one record: `record.column op bound`. The bound is a value the caller
 * supplies (the period end E, a window's start or end) or another column of the same record. Dates
 * are `YYYY-MM-DD` text everywhere, so the comparison means the same in SQL and in TypeScript.
 */
export interface DateCondition<Failure extends string = string> {
  column: string;
  op: DateComparison;
  bound: { value: string } | { column: string };
  /** Why a record fails this condition (evidence reason codes are built from it). */
  failure: Failure;
  /**
   * A record without the column passes (open-ended: not ended, not retired) or fails with its own
   * code (not fulfilled, not rectified). Omitted: the column is never empty (NOT NULL).
   */
  empty?: { passes: true } | { fails: Failure };
}

/** A rule: every condition holds. The conditions are in the order evidence explains failures. */
export interface DateRule<Failure extends string = string> {
  readonly name: string;
  readonly conditions: readonly DateCondition<Failure>[];
}

/** Bound values by name: SQL for the SQL form (a parameter or an expression), text for the TypeScript form. */
export type SqlBounds = Readonly<Record<string, Sql>>;
export type TextBounds = Readonly<Record<string, string>>;

/** A record's date columns as TypeScript reads them (null = empty). */
export type DateRecord = Readonly<Record<string, string | null | undefined>>;

/**
 * Only the comparison of a condition, for a record known to have the column (an index seek on the
 * bound side, e.g. the U1 due-window lookups); conditionSql is the whole condition.
 */
export function comparisonSql(c: DateCondition, alias: string, bounds: SqlBounds): Sql {
  const bound = 'value' in c.bound ? bounds[c.bound.value] : raw(`${alias}.${c.bound.column}`);
  if (bound === undefined) throw new Error(`rule bound "${'value' in c.bound ? c.bound.value : ''}" not given`);
  return sql`${raw(`${alias}.${c.column} ${c.op} `)}${bound}`;
}

/** The SQL form of one condition for the record aliased `alias`. */
export function conditionSql(c: DateCondition, alias: string, bounds: SqlBounds): Sql {
  const column = `${alias}.${c.column}`;
  const compare = comparisonSql(c, alias, bounds);
  if (!c.empty) return compare;
  return 'passes' in c.empty
    ? sql`${raw(`(${column} is null or `)}${compare})`
    : sql`${raw(`(${column} is not null and `)}${compare})`;
}

/** The SQL form of a rule: true when the record satisfies every condition. */
export function ruleSql(rule: DateRule, alias: string, bounds: SqlBounds): Sql {
  return join(rule.conditions.map((c) => conditionSql(c, alias, bounds)), ' and ');
}

/** The TypeScript form of a rule: the first condition the record fails, or null when it satisfies all. */
export function ruleFailure<F extends string>(rule: DateRule<F>, record: DateRecord, bounds: TextBounds): F | null {
  for (const c of rule.conditions) {
    const value = record[c.column] ?? null;
    const bound = 'value' in c.bound ? bounds[c.bound.value] : record[c.bound.column];
    if (bound === undefined || bound === null) throw new Error(`rule ${rule.name}: bound of ${c.column} not given`);
    if (value === null) {
      if (!c.empty) throw new Error(`rule ${rule.name}: ${c.column} is empty`);
      if ('fails' in c.empty) return c.empty.fails;
      continue;
    }
    if (!compare(value, c.op, bound)) return c.failure;
  }
  return null;
}

function compare(a: string, op: DateComparison, b: string): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
  }
}
