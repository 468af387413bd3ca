import { parseTimestampValue, requirePeriod, windowsDueIn, type UpdateCycle } from '@scorecard/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../../test/databases.js';
import { join, sql, type Sql } from '../sql.js';
import {
  E2_FULFILLED_ON_TIME, ITEM_ACTIVE_AT_E, OFFICER_VALID_AT_E, R2_RECTIFIED_ON_TIME, rectifyDueOn, ruleFailure, ruleSql,
  SYSTEM_ACTIVE_AT_E, U1_RESOURCE_DUE, type DateRecord, type DateRule,
} from './index.js';
import { E2_CASES, ITEM_CASES, OFFICER_CASES, R2_CASES, SYSTEM_CASES, U1_CASES } from './rules.cases.js';

const E = '2023-03-31';
const dateOf = (ts: string): string => parseTimestampValue(ts)?.date ?? '';

/** Every rule's table as (rule, record, bounds, expected failure). */
const TABLES: Array<{ rule: DateRule; cases: Array<{ record: DateRecord; bounds: Record<string, string>; failure: string | null }> }> = [
  { rule: OFFICER_VALID_AT_E, cases: OFFICER_CASES.map((c) => ({
    record: { appointed_on: c.appointed, ended_on: c.ended, certified_until: c.certified }, bounds: { E }, failure: c.failure })) },
  { rule: SYSTEM_ACTIVE_AT_E, cases: SYSTEM_CASES.map((c) => ({
    record: { commissioned_on: c.commissioned, retired_on: c.retired }, bounds: { E }, failure: c.failure })) },
  { rule: ITEM_ACTIVE_AT_E, cases: ITEM_CASES.map((c) => ({
    record: { effective_from: c.from, effective_to: c.to }, bounds: { E }, failure: c.failure })) },
  { rule: R2_RECTIFIED_ON_TIME, cases: R2_CASES.map((c) => ({
    record: { rectified_on: c.rectifiedAt && dateOf(c.rectifiedAt), rectify_due_on: rectifyDueOn(dateOf(c.ratedAt)) }, bounds: {}, failure: c.failure })) },
  { rule: E2_FULFILLED_ON_TIME, cases: E2_CASES.map((c) => ({
    record: { due_on: c.due, fulfilled_on: c.fulfilled }, bounds: {}, failure: c.failure })) },
];
const flat = TABLES.flatMap(({ rule, cases }) => cases.map((c, i) => ({ name: `${rule.name} #${i + 1}`, rule, ...c })));

describe('each rule in TypeScript (the evidence reasons)', () => {
  test.each(flat)('$name → $failure', ({ rule, record, bounds, failure }) => {
    expect(ruleFailure(rule, record, bounds)).toBe(failure);
  });

  test.each(U1_CASES.map((c, i) => ({ i: i + 1, ...c })))('U1 #$i: $cycle, registered $registered, retired $retired, $period → $due due', (c) => {
    const p = requirePeriod(c.period);
    const due = windowsDueIn(c.cycle as UpdateCycle, p.start, p.end)
      .filter((w) => ruleFailure(U1_RESOURCE_DUE, { registered_on: c.registered, retired_on: c.retired }, { ws: w.start, we: w.end }) === null);
    expect(due).toHaveLength(c.due);
  });
});

describe.each(testDatabases())('each rule in SQL (measures, roll-ups, evidence) on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(async () => db?.drop());

  test.each(flat)('$name → $failure', async ({ rule, record, bounds, failure }) => {
    const columns = join(Object.entries(record).map(([name, value]) => sql`cast(${value ?? null} as varchar(10)) as ${rawName(name)}`), ', ');
    const sqlBounds = Object.fromEntries(Object.entries(bounds).map(([k, v]) => [k, sql`${v}`]));
    const statement = sql`select case when ${ruleSql(rule, 'x', sqlBounds)} then 1 else 0 end as ok from (select ${columns}) x`;
    const [row] = await db.orm.em.fork().getConnection().execute(statement.text, [...statement.params]);
    expect(Number(row.ok)).toBe(failure === null ? 1 : 0);
  });
});

function rawName(name: string): Sql {
  if (!/^[a-z_]+$/.test(name)) throw new Error(name);
  return { text: name, params: [] };
}
