import type { EntityManager } from '@mikro-orm/core';
import type { ComputedMeasureId, Period } from '@scorecard/shared';
import { num, query, str } from './db.js';
import { EVIDENCE_ERROR_CODES, EvidenceError } from './errors.js';
import { E1_EVIDENCE, E2_EVIDENCE, E3_EVIDENCE, U1_EVIDENCE } from './evidence-data-sharing.js';
import { D3_EVIDENCE, ITEM_EVIDENCE, manualEvidence } from './evidence-online-handling.js';
import { R1_EVIDENCE, R2_EVIDENCE, R3_EVIDENCE } from './evidence-ratings.js';
import { P_EVIDENCE, S1_EVIDENCE, S2_EVIDENCE } from './evidence-security.js';
import type { EvidenceContext, EvidenceRow, EvidenceSource } from './evidence-types.js';
import { raw, sql, type Sql } from './sql.js';

export const EVIDENCE_SOURCES: Record<ComputedMeasureId, EvidenceSource> = {
  U1: U1_EVIDENCE, E1: E1_EVIDENCE, E2: E2_EVIDENCE, E3: E3_EVIDENCE, S1: S1_EVIDENCE, S2: S2_EVIDENCE,
  R1: R1_EVIDENCE, R2: R2_EVIDENCE, R3: R3_EVIDENCE, D1: ITEM_EVIDENCE, D2: ITEM_EVIDENCE, D3: D3_EVIDENCE,
  P: P_EVIDENCE,
};

export const DEFAULT_EVIDENCE_PAGE = 50;
export const MAX_EVIDENCE_PAGE = 1000;

export interface EvidenceQuery {
  unitCode: string;
  period: Period;
  /** A computed measure id (U1…P) or a manual indicator id present in manual_values. */
  indicatorId: string;
  first?: number;
  /** endCursor of the previous page. */
  after?: string | null;
  /** Only the records that counted against the unit. */
  onlyAgainst?: boolean;
}

export interface EvidencePage {
  /** All records behind the measure (ignores onlyAgainst). */
  totalCount: number;
  againstCount: number;
  rows: EvidenceRow[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * The records behind one measure of one unit in a period, those that counted against the unit
 * first, then by date and record id. SQL filters, orders and pages; the cursor is an opaque offset.
 */
export async function listEvidence(em: EntityManager, q: EvidenceQuery): Promise<EvidencePage> {
  const first = q.first ?? DEFAULT_EVIDENCE_PAGE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_EVIDENCE_PAGE) {
    throw new EvidenceError(EVIDENCE_ERROR_CODES.INVALID_PAGE_SIZE, `每页条数须为 1 至 ${MAX_EVIDENCE_PAGE}。first must be 1–${MAX_EVIDENCE_PAGE}.`, { first });
  }
  const offset = q.after ? decodeCursor(q.after) : 0;
  const source = await sourceFor(em, q.indicatorId);
  const unit = await query(em, 'select code from units where code = ?', [q.unitCode]);
  if (unit.length === 0) {
    throw new EvidenceError(EVIDENCE_ERROR_CODES.UNKNOWN_UNIT, `没有单位「${q.unitCode}」。No unit "${q.unitCode}".`, { unitCode: q.unitCode });
  }

  const ctx: EvidenceContext = { unitCode: q.unitCode, period: q.period };
  const prefix = source.with ? sql`${source.with(ctx)} ` : raw('');
  const inner = source.select(ctx);
  const page = sql`${prefix}select * from (${inner}) e
    where e.counted_against >= ${q.onlyAgainst ? 1 : 0}
    order by e.counted_against desc, coalesce(e.record_date, ''), e.record_id
    limit ${first} offset ${offset}`;
  const { totalCount, againstCount } = await evidenceTotals(em, source, ctx);
  const rows = (await exec(em, page)).map((row): EvidenceRow => ({
    recordId: str(row.record_id) ?? '',
    recordKind: str(row.record_kind) ?? '',
    date: str(row.record_date),
    countedAgainst: num(row.counted_against) === 1,
    ...source.describe(row, ctx),
  }));
  const end = offset + rows.length;
  const hasNextPage = end < (q.onlyAgainst ? againstCount : totalCount);
  return { totalCount, againstCount, rows, endCursor: rows.length > 0 ? encodeCursor(end) : q.after ?? null, hasNextPage };
}

async function evidenceTotals(em: EntityManager, source: EvidenceSource, ctx: EvidenceContext): Promise<EvidenceTotals> {
  const prefix = source.with ? sql`${source.with(ctx)} ` : raw('');
  const [row] = await exec(em, sql`${prefix}select count(*) as total, coalesce(sum(e.counted_against), 0) as against
    from (${source.select(ctx)}) e`);
  return { totalCount: num(row?.total) ?? 0, againstCount: num(row?.against) ?? 0 };
}

export interface EvidenceTotals {
  totalCount: number;
  againstCount: number;
}

/**
 * The totals of listEvidence without a page (publication snapshots keep them). Null for a manual
 * indicator that has no value anywhere (nothing to count); unit existence is the caller's concern.
 */
export async function countEvidence(
  em: EntityManager,
  q: Pick<EvidenceQuery, 'unitCode' | 'period' | 'indicatorId'>,
): Promise<EvidenceTotals | null> {
  const source = await sourceFor(em, q.indicatorId).catch((err: unknown) => {
    if (err instanceof EvidenceError && err.evidenceCode === EVIDENCE_ERROR_CODES.UNKNOWN_INDICATOR) return null;
    throw err;
  });
  return source ? evidenceTotals(em, source, { unitCode: q.unitCode, period: q.period }) : null;
}

async function exec(em: EntityManager, statement: Sql): Promise<Array<Record<string, unknown>>> {
  return query(em, statement.text, [...statement.params]);
}

async function sourceFor(em: EntityManager, indicatorId: string): Promise<EvidenceSource> {
  const computed = (EVIDENCE_SOURCES as Record<string, EvidenceSource | undefined>)[indicatorId];
  if (computed) return computed;
  // A manual measure is known once values were imported for it (the scheme lives elsewhere).
  const known = await query(em, 'select indicator_id from manual_values where indicator_id = ? limit 1', [indicatorId]);
  if (known.length > 0) return manualEvidence(indicatorId);
  throw new EvidenceError(EVIDENCE_ERROR_CODES.UNKNOWN_INDICATOR, `没有指标「${indicatorId}」的明细。Indicator "${indicatorId}" has no records to show.`, { indicatorId });
}

const CURSOR_PREFIX = 'ev1:';

export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = decoded.startsWith(CURSOR_PREFIX) ? Number(decoded.slice(CURSOR_PREFIX.length)) : NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new EvidenceError(EVIDENCE_ERROR_CODES.INVALID_CURSOR, '翻页位置无效，请从第一页重新查看。Invalid page position: start again from the first page.', { cursor });
  }
  return offset;
}
