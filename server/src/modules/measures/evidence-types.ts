import type { Period } from '@scorecard/shared';
import { str, type SqlRow } from './db.js';
import type { Sql } from './sql.js';

export interface EvidenceField {
  name: string;
  value: string | null;
}

/** One record behind a measure, and whether it counted against the unit. */
export interface EvidenceRow {
  recordId: string;
  /** resource_window | demand | call | officer | system | rating | item | case | incident | manual | summary */
  recordKind: string;
  /** `YYYY-MM-DD`: the date the record is counted on (window end, due date, rating date…). */
  date: string | null;
  countedAgainst: boolean;
  /** Stable code, e.g. `evidence/window-missed`. */
  reasonCode: string;
  /** zh-CN sentence. */
  reason: string;
  fields: EvidenceField[];
}

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
