import type { EvidenceField, Period } from '@scorecard/shared';
import { str, type SqlRow } from './db.js';
import type { Sql } from './sql.js';

export type { EvidenceField, EvidenceRecord as EvidenceRow } from '@scorecard/shared';

export interface EvidenceContext {
  unitCode: string;
  period: Period;
}

/**
 * The records of one measure as SQL: `select` must return record_id, record_kind, record_date,
 * counted_against (0/1) and whatever columns `describe` reads; `with` holds CTEs it needs.
 * Filtering, ordering and paging happen in SQL around it (evidence.ts).
 */
export interface EvidenceSource {
  with?: (ctx: EvidenceContext) => Sql;
  select: (ctx: EvidenceContext) => Sql;
  describe: (row: SqlRow, ctx: EvidenceContext) => { reasonCode: string; reason: string; fields: EvidenceField[] };
}

/** The named columns of a row as fields, values as text (null stays null). */
export function fieldsOf(row: SqlRow, names: string[]): EvidenceField[] {
  return names.map((name) => ({ name, value: str(row[name]) }));
}

export function text(row: SqlRow, column: string): string {
  return str(row[column]) ?? '';
}
