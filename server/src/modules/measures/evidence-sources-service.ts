import { diffDays } from '@scorecard/shared';
import { num, type SqlRow } from './db.js';
import { fieldsOf, text, type EvidenceSource } from './evidence-types.js';
import { itemActiveAt, officerValidAt, systemActiveAt } from './measure-queries.js';
import { sql } from './sql.js';

const LEVEL_NAMES: Record<number, string> = { 5: '非常满意', 4: '满意', 3: '基本满意', 2: '不满意', 1: '非常不满意' };
const DEPTH_NAMES: Record<number, string> = { 1: '网上办事指南', 2: '网上预审', 3: '网上受理、最多跑一次', 4: '全程网办' };

/** Why an officer is or is not valid at E, first failing condition first. */
function officerState(row: SqlRow, e: string, prefix = ''): { code: string; text: string } {
  const name = text(row, `${prefix}name`);
  const appointed = text(row, `${prefix}appointed_on`);
  const ended = row[`${prefix}ended_on`] ? text(row, `${prefix}ended_on`) : null;
  const certified = text(row, `${prefix}certified_until`);
  if (appointed > e) return { code: 'not-yet-appointed', text: `专员「${name}」于 ${appointed} 才任命，${e} 时尚未到任` };
  if (ended !== null && ended <= e) return { code: 'ended', text: `专员「${name}」已于 ${ended} 离任` };
  if (certified < e) return { code: 'certificate-expired', text: `专员「${name}」的资格证书已于 ${certified} 到期` };
  return { code: 'valid', text: `专员「${name}」在 ${e} 在任且持有效证书（至 ${certified}）` };
}

/**
 * S1: the unit's officers with scope `unit`. When one is valid at E nobody counts against the unit;
 * otherwise every officer (or a single "none appointed" row) does, with the reason it fails.
 */
export const S1_EVIDENCE: EvidenceSource = {
  select: ({ unitCode, period: { end: e } }) => sql`select o.officer_id as record_id, 'officer' as record_kind,
      o.appointed_on as record_date,
      case when exists (select 1 from officers v where v.unit_code = o.unit_code and v.scope = 'unit' and ${officerValidAt('v', e)})
        then 0 else 1 end as counted_against,
      o.officer_id, o.name, o.appointed_on, o.ended_on, o.certified_until
    from officers o where o.unit_code = ${unitCode} and o.scope = 'unit'
    union all
    select 'none', 'officer', null, 1, null, null, null, null, null
    from units u where u.code = ${unitCode}
      and not exists (select 1 from officers o where o.unit_code = u.code and o.scope = 'unit')`,
  describe: (row, { period: { end: e } }) => {
    const fields = fieldsOf(row, ['officer_id', 'name', 'appointed_on', 'ended_on', 'certified_until']);
    if (!row.officer_id) return { reasonCode: 'evidence/no-unit-officer', reason: '本单位未任命单位安全管理专员', fields };
    const state = officerState(row, e);
    return { reasonCode: `evidence/officer-${state.code}`, reason: state.text, fields };
  },
};

/** S2: systems active at E; one without a valid officer counts against the unit. */
export const S2_EVIDENCE: EvidenceSource = {
  select: ({ unitCode, period: { end: e } }) => sql`select s.system_id as record_id, 'system' as record_kind,
      s.commissioned_on as record_date,
      case when exists (select 1 from officers o where o.scope = s.system_id and ${officerValidAt('o', e)}) then 0 else 1 end
        as counted_against,
      s.system_id, s.name, s.commissioned_on, s.retired_on, b.officer_id, b.name as officer_name,
      b.appointed_on as officer_appointed_on, b.ended_on as officer_ended_on, b.certified_until as officer_certified_until
    from systems s
    left join officers b on b.officer_id = (
      select o.officer_id from officers o where o.scope = s.system_id
      order by case when ${officerValidAt('o', e)} then 0 else 1 end, o.appointed_on desc, o.officer_id limit 1)
    where s.unit_code = ${unitCode} and ${systemActiveAt('s', e)}`,
  describe: (row, { period: { end: e } }) => {
    const fields = fieldsOf(row, ['system_id', 'name', 'commissioned_on', 'retired_on', 'officer_id', 'officer_name',
      'officer_appointed_on', 'officer_ended_on', 'officer_certified_until']);
    const system = `系统「${text(row, 'name')}」`;
    if (!row.officer_id) return { reasonCode: 'evidence/system-no-officer', reason: `${system}未配备安全管理专员`, fields };
    const state = officerState(row, e, 'officer_');
    return num(row.counted_against)
      ? { reasonCode: `evidence/system-officer-${state.code}`, reason: `${system}无有效专员：${state.text}`, fields }
      : { reasonCode: 'evidence/system-covered', reason: `${system}：${state.text}`, fields };
  },
};

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
      case when rectified_on is not null and rectified_on <= rectify_due_on then 0 else 1 end as counted_against,
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
    if (rectified === null) return { reasonCode: 'evidence/not-rectified', reason: `差评 ${id} 未整改（期限 ${due}）`, fields };
    return num(row.counted_against)
      ? { reasonCode: 'evidence/rectified-late', reason: `差评 ${id} 于 ${rectified} 整改，用时 ${days} 天，超过 15 天期限（${due}）`, fields }
      : { reasonCode: 'evidence/rectified-on-time', reason: `差评 ${id} 于 ${rectified} 整改，用时 ${days} 天，未超过 15 天`, fields };
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

/** D1 and D2: items active at E; below level 4 (not fully online) counts against the unit. */
export const ITEM_EVIDENCE: EvidenceSource = {
  select: ({ unitCode, period }) => sql`select i.item_id as record_id, 'item' as record_kind, i.effective_from as record_date,
      case when i.depth_level < 4 then 1 else 0 end as counted_against,
      i.item_id, i.name, i.depth_level, i.effective_from, i.effective_to
    from service_items i where i.unit_code = ${unitCode} and ${itemActiveAt('i', period.end)}`,
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
