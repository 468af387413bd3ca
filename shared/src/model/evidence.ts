/** One raw column of an evidence record, by its name in the import template. */
export interface EvidenceField {
  name: string;
  value: string | null;
}

/**
 * One record behind a measure, and whether it counted against the unit: what the server's evidence
 * query returns and what the unit page's evidence drawer shows and exports as CSV.
 */
export interface EvidenceRecord {
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
  fields: readonly EvidenceField[];
}
