import { num } from './db.js';
import { fieldsOf, text, type EvidenceSource } from './evidence-types.js';
import { atPeriodEndSql, ITEM_ACTIVE_AT_E } from './rules/index.js';
import { sql } from './sql.js';

/* Evidence of the online-handling dimension D (事项网办深度) and of manual measures. */

const DEPTH_NAMES: Record<number, string> = { 1: '网上办事指南', 2: '网上预审', 3: '网上受理、最多跑一次', 4: '全程网办' };

/** D1 and D2: items active at E; below level 4 (not fully online) counts against the unit. */
export const ITEM_EVIDENCE: EvidenceSource = {
  select: ({ unitCode, period }) => sql`select i.item_id as record_id, 'item' as record_kind, i.effective_from as record_date,
      case when i.depth_level < 4 then 1 else 0 end as counted_against,
      i.item_id, i.name, i.depth_level, i.effective_from, i.effective_to
    from service_items i where i.unit_code = ${unitCode} and ${atPeriodEndSql(ITEM_ACTIVE_AT_E, 'i', period.end)}`,
  describe: (row) => {
    const level = num(row.depth_level) ?? 0;
    const fields = fieldsOf(row, ['item_id', 'name', 'depth_level', 'effective_from', 'effective_to']);
    const said = `事项「${text(row, 'name')}」网办深度为 ${level} 级（${DEPTH_NAMES[level] ?? ''}）`;
    return level < 4
      ? { reasonCode: 'evidence/item-not-fully-online', reason: `${said}，未达全程网办`, fields }
      : { reasonCode: 'evidence/item-fully-online', reason: `${said}`, fields };
  },
};

/** D3: cases submitted in the period; offline ones count against the unit. */
export const D3_EVIDENCE: EvidenceSource = {
  select: ({ unitCode, period }) => sql`select c.case_id as record_id, 'case' as record_kind, c.submitted_on as record_date,
      case when c.channel = 'online' then 0 else 1 end as counted_against,
      c.case_id, c.item_id, c.submitted_at, c.completed_at, c.channel
    from cases c where c.unit_code = ${unitCode} and c.submitted_on between ${period.start} and ${period.end}`,
  describe: (row) => {
    const fields = fieldsOf(row, ['case_id', 'item_id', 'submitted_at', 'completed_at', 'channel']);
    return num(row.counted_against)
      ? { reasonCode: 'evidence/case-offline', reason: `办件 ${text(row, 'case_id')}（${text(row, 'submitted_at')}）为线下提交`, fields }
      : { reasonCode: 'evidence/case-online', reason: `办件 ${text(row, 'case_id')}（${text(row, 'submitted_at')}）为网上提交`, fields };
  },
};

/** A manual measure: the imported value of the unit for the period. */
export function manualEvidence(indicatorId: string): EvidenceSource {
  return {
    select: ({ unitCode, period }) => sql`select indicator_id as record_id, 'manual' as record_kind,
        cast(${period.end} as varchar(10)) as record_date, 0 as counted_against, indicator_id, period, value
      from manual_values where indicator_id = ${indicatorId} and unit_code = ${unitCode} and period = ${period.id}`,
    describe: (row) => ({
      reasonCode: 'evidence/manual-value',
      reason: `指标 ${text(row, 'indicator_id')} 本期录入值为 ${text(row, 'value')}`,
      fields: fieldsOf(row, ['indicator_id', 'period', 'value']),
    }),
  };
}
