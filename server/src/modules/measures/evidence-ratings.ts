import { diffDays } from '@scorecard/shared';
import { num } from './db.js';
import { fieldsOf, text, type EvidenceSource } from './evidence-types.js';
import { R2_RECTIFIED_ON_TIME, R2_RECTIFY_WITHIN_DAYS, ruleFailure, ruleSql } from './rules/index.js';
import { sql } from './sql.js';

/* Evidence of the service-rating dimension R (政务服务好差评). */

const LEVEL_NAMES: Record<number, string> = { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' };

/** R1: ratings dated in the period; 不满意 and 非常不满意 (level ≤ 2) count against the unit. */
export const R1_EVIDENCE: EvidenceSource = {
  select: ({ unitCode, period }) => sql`select rating_id as record_id, 'rating' as record_kind, rated_on as record_date,
      case when level <= 2 then 1 else 0 end as counted_against, rating_id, rated_at, level
    from ratings where unit_code = ${unitCode} and rated_on between ${period.start} and ${period.end}`,
  describe: (row) => {
    const level = num(row.level) ?? 0;
    const fields = fieldsOf(row, ['rating_id', 'rated_at', 'level']);
    const said = `评价 ${text(row, 'rating_id')}（${text(row, 'rated_at')}）为「${LEVEL_NAMES[level] ?? level}」`;
    return level <= 2
      ? { reasonCode: 'evidence/rating-negative', reason: `${said}，属差评`, fields }
      : { reasonCode: 'evidence/rating-positive', reason: `${said}，属好评`, fields };
  },
};

/** R2: bad ratings dated in the period; not rectified within 15 days counts against the unit. */
export const R2_EVIDENCE: EvidenceSource = {
  select: ({ unitCode, period }) => sql`select rating_id as record_id, 'rating' as record_kind, rated_on as record_date,
      case when ${ruleSql(R2_RECTIFIED_ON_TIME, 'ratings', {})} then 0 else 1 end as counted_against,
      rating_id, rated_at, rated_on, level, rectify_due_on, rectified_at, rectified_on
    from ratings where unit_code = ${unitCode} and rated_on between ${period.start} and ${period.end} and level <= 2`,
  describe: (row) => {
    const id = text(row, 'rating_id');
    const due = text(row, 'rectify_due_on');
    const rectified = row.rectified_on ? text(row, 'rectified_on') : null;
    const days = rectified ? diffDays(text(row, 'rated_on'), rectified) : null;
    const fields = [
      ...fieldsOf(row, ['rating_id', 'rated_at', 'level', 'rectify_due_on', 'rectified_at']),
      { name: 'days_taken', value: days === null ? null : String(days) },
    ];
    const limit = R2_RECTIFY_WITHIN_DAYS;
    switch (ruleFailure(R2_RECTIFIED_ON_TIME, { rectified_on: rectified, rectify_due_on: due }, {})) {
      case 'not-rectified':
        return { reasonCode: 'evidence/not-rectified', reason: `差评 ${id} 未整改（期限 ${due}）`, fields };
      case 'rectified-late':
        return { reasonCode: 'evidence/rectified-late', reason: `差评 ${id} 于 ${rectified} 整改，用时 ${days} 天，超过 ${limit} 天期限（${due}）`, fields };
      case null:
        return { reasonCode: 'evidence/rectified-on-time', reason: `差评 ${id} 于 ${rectified} 整改，用时 ${days} 天，未超过 ${limit} 天`, fields };
    }
  },
};

/** R3: one summary row — completed cases and ratings; against when fewer ratings than completed cases. */
export const R3_EVIDENCE: EvidenceSource = {
  select: ({ unitCode, period }) => sql`select 'R3' as record_id, 'summary' as record_kind,
      cast(${period.end} as varchar(10)) as record_date,
      case when cc.n > 0 and rt.k < cc.n then 1 else 0 end as counted_against,
      cc.n as completed_cases, rt.k as ratings
    from (select count(*) as n from cases where unit_code = ${unitCode} and completed_on between ${period.start} and ${period.end}) cc
    cross join (select count(*) as k from ratings where unit_code = ${unitCode} and rated_on between ${period.start} and ${period.end}) rt`,
  describe: (row) => {
    const n = num(row.completed_cases) ?? 0;
    const k = num(row.ratings) ?? 0;
    const fields = fieldsOf(row, ['completed_cases', 'ratings']);
    if (n === 0) return { reasonCode: 'evidence/no-completed-cases', reason: `本期无办结件（收到评价 ${k} 条），评价参与率不适用`, fields };
    const pct = (Math.min(1, k / n) * 100).toFixed(1);
    return k < n
      ? { reasonCode: 'evidence/participation-low', reason: `本期办结 ${n} 件，仅收到评价 ${k} 条，参与率 ${pct}%`, fields }
      : { reasonCode: 'evidence/participation-full', reason: `本期办结 ${n} 件，收到评价 ${k} 条，参与率按 100% 计`, fields };
  },
};
