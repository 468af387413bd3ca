/**
 * Competition ranking (SPEC §6): composite rounded to two decimals, descending; equal values share a
 * rank and the next rank skips (1, 2, 2, 4); ties listed by unit code; unranked units last by code.
 *
 * Unit codes compare by UTF-16 code units, not localeCompare: the order must be the same on the
 * server and in every browser whatever the locale.
 */
import type { RankingResult, UnitResult } from '../model/score.js';
import { roundScore } from './rounding.js';

export interface Rankable {
  unitCode: string;
  composite: number | null;
}

export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Sorts `rows` into ranking order and returns the rank of each position (null = unranked).
 * Sorting indices on precomputed rounded keys keeps the comparator cheap for 5,000 units.
 */
export function rankOrder<T extends Rankable>(rows: readonly T[]): { rows: T[]; ranks: (number | null)[] } {
  const n = rows.length;
  const keys = new Float64Array(n);
  const idx = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const c = rows[i]!.composite;
    keys[i] = c === null ? Number.NEGATIVE_INFINITY : roundScore(c);
    idx[i] = i;
  }
  idx.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    if (ka !== kb) return kb - ka > 0 ? 1 : -1;
    return compareCodes(rows[a]!.unitCode, rows[b]!.unitCode);
  });
  const sorted = new Array<T>(n);
  const ranks = new Array<number | null>(n);
  for (let pos = 0; pos < n; pos++) {
    const i = idx[pos]!;
    sorted[pos] = rows[i]!;
    if (rows[i]!.composite === null) ranks[pos] = null;
    else if (pos > 0 && keys[idx[pos - 1]!] === keys[i]) ranks[pos] = ranks[pos - 1]!;
    else ranks[pos] = pos + 1;
  }
  return { rows: sorted, ranks };
}

/** A row that already carries its rank, as a screen receives it. */
export interface RankedRow {
  unitCode: string;
  rank: number | null;
}

/**
 * The order rankOrder produces, for rows that already carry their rank (screens re-sort rows they
 * received): by rank, ties by unit code, unranked last by code.
 */
export function compareRankedRows(a: RankedRow, b: RankedRow): number {
  if (a.rank !== b.rank) {
    if (a.rank === null) return 1;
    if (b.rank === null) return -1;
    return a.rank - b.rank;
  }
  return compareCodes(a.unitCode, b.unitCode);
}

/** Orders the rows in place and writes their rank. */
export function assignRanks(rows: UnitResult[]): UnitResult[] {
  const { rows: sorted, ranks } = rankOrder(rows);
  for (let pos = 0; pos < sorted.length; pos++) {
    const r = sorted[pos]!;
    r.rank = ranks[pos]!;
    rows[pos] = r;
  }
  return rows;
}

/**
 * Fills previousRank, rankChange (= previousRank − rank; positive = moved up) and previousComposite
 * from the previous period's ranking in the same scope. Null when the unit is unranked or absent in
 * either (previousComposite: in the previous period).
 */
export function applyPreviousRanks(rows: UnitResult[], previous: RankingResult | null | undefined): void {
  const before = new Map<string, UnitResult>();
  if (previous) for (const r of previous.rows) if (r.rank !== null) before.set(r.unitCode, r);
  for (const r of rows) {
    const p = before.get(r.unitCode);
    r.previousRank = p?.rank ?? null;
    r.previousComposite = p?.composite ?? null;
    r.rankChange = p?.rank != null && r.rank !== null ? p.rank - r.rank : null;
  }
}
