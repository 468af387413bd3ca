import type { EntityManager } from '@mikro-orm/core';
import { compareCodes, type Period, type WorstRecord } from '@scorecard/shared';
import { num, query, str } from './db.js';
import { EVIDENCE_SOURCES } from './evidence.js';
import type { EvidenceContext, EvidenceSource } from './evidence-types.js';
import { raw, sql } from './sql.js';

/**
 * How the records that counted against a unit group into "worst records" (the resource with the most
 * missed windows…), over the columns each evidence source already selects (evidence-sources-*.ts).
 * Measures without a useful group (E1 has nothing against; S1, R1–R3 are one summary or anonymous
 * ratings) have none.
 */
interface WorstGroup {
  /** The group's key over the evidence rows `e`. */
  key: string;
  /** Aggregate of the group's label; or, over the grouped row `g` (g.k, g.l), the label itself. */
  label: string;
  outerLabel?: string;
  /** How bad the group is (count of records, or the lowest depth level) and which end is worst. */
  amount: string;
  worstFirst: 'desc' | 'asc';
}

const COUNTED = { amount: 'count(*)', worstFirst: 'desc' } as const;
const REQUESTERS: WorstGroup = { key: 'e.requester_unit_code', label: 'min(e.requester_name)', ...COUNTED };
const ITEMS: WorstGroup = { key: 'e.item_id', label: 'min(e.name)', amount: 'min(e.depth_level)', worstFirst: 'asc' };

export const WORST_GROUPS: Readonly<Record<string, WorstGroup>> = {
  U1: { key: 'e.resource_id', label: 'min(e.name)', ...COUNTED },
  E2: REQUESTERS,
  E3: REQUESTERS,
  S2: { key: 'e.system_id', label: 'min(e.name)', ...COUNTED },
  D1: ITEMS,
  D2: ITEMS,
  // Cases carry the item id only; the item's name comes from its versions.
  D3: {
    key: 'e.item_id',
    label: 'min(e.item_id)',
    outerLabel: 'coalesce((select max(i.name) from service_items i where i.item_id = g.k), g.l)',
    ...COUNTED,
  },
  P: { key: 'e.incident_id', label: "min(e.occurred_on || ' ' || e.description)", ...COUNTED },
};

/**
 * The `limit` worst groups of records that counted against the unit for a computed measure, worst
 * first, ties by the group's key in code-unit order (sorted here: PostgreSQL's collation and SQLite's
 * byte order disagree on text); [] for a measure without groups. One grouped statement around the
 * evidence query, so a year of daily windows costs one query, not a page walk; a unit has at most a
 * few hundred groups (resources, requesters, items).
 */
export async function worstEvidence(
  em: EntityManager,
  q: { unitCode: string; period: Period; measureId: string; limit?: number },
): Promise<WorstRecord[]> {
  const group = WORST_GROUPS[q.measureId];
  const source = (EVIDENCE_SOURCES as Readonly<Record<string, EvidenceSource | undefined>>)[q.measureId];
  if (!group || !source) return [];
  const ctx: EvidenceContext = { unitCode: q.unitCode, period: q.period };
  const prefix = source.with ? sql`${source.with(ctx)} ` : raw('');
  const statement = sql`${prefix}select g.k, g.n, ${raw(group.outerLabel ?? 'g.l')} as label from (
      select ${raw(group.key)} as k, ${raw(group.amount)} as n, ${raw(group.label)} as l
      from (${source.select(ctx)}) e where e.counted_against = 1 group by ${raw(group.key)}
    ) g`;
  const groups = (await query(em, statement.text, [...statement.params])).map((r) => ({
    key: str(r.k) ?? '',
    label: str(r.label) ?? str(r.k) ?? '',
    amount: num(r.n) ?? 0,
  }));
  const sign = group.worstFirst === 'desc' ? -1 : 1;
  groups.sort((a, b) => sign * (a.amount - b.amount) || compareCodes(a.key, b.key));
  return groups.slice(0, q.limit ?? 3).map(({ label, amount }) => ({ label, amount }));
}
