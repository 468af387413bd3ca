import { diffDays } from '@scorecard/shared';
import { num } from './db.js';
import { fieldsOf, text, type EvidenceSource } from './evidence-types.js';
import { dueWindowsFrom, E2_FULFILLED_ON_TIME, ruleFailure, ruleSql, windowsInPeriodCte } from './rules/index.js';
import { sql } from './sql.js';

/* Evidence of the data-sharing dimensions: U (update rate) and E (usage effect). */

const CYCLE_NAMES: Record<string, string> = { daily: '每日', weekly: '每周', monthly: '每月', quarterly: '每季度', yearly: '每年' };

function windowText(start: string, end: string): string {
  return start === end ? start : `${start} 至 ${end}`;
}

/** U1: every window due in the period; a window without an update counts against the unit. */
export const U1_EVIDENCE: EvidenceSource = {
  with: ({ period }) => sql`with ${windowsInPeriodCte(period)}`,
  // One unit's windows: an indexed EXISTS per window (resource_id, updated_on) is cheap and robust here.
  select: ({ unitCode }) => sql`select r.resource_id || '@' || w.ws as record_id, 'resource_window' as record_kind,
      w.we as record_date,
      case when exists (select 1 from resource_updates u
        where u.resource_id = r.resource_id and u.updated_on between w.ws and w.we) then 0 else 1 end as counted_against,
      r.resource_id, r.name, r.update_cycle as cycle, w.ws as window_start, w.we as window_end,
      (select max(u.updated_on) from resource_updates u
        where u.resource_id = r.resource_id and u.updated_on <= w.we) as last_update
    from ${dueWindowsFrom(unitCode)}`,
  describe: (row) => {
    const name = text(row, 'name');
    const window = windowText(text(row, 'window_start'), text(row, 'window_end'));
    const last = row.last_update ? `（最近一次更新 ${text(row, 'last_update')}）` : '（从未更新）';
    const fields = fieldsOf(row, ['resource_id', 'name', 'cycle', 'window_start', 'window_end', 'last_update']);
    return num(row.counted_against)
      ? { reasonCode: 'evidence/window-missed', reason: `资源「${name}」${window} 未更新${last}`, fields }
      : {
          reasonCode: 'evidence/window-met',
          reason: `资源「${name}」${window} 已按${CYCLE_NAMES[text(row, 'cycle')] ?? ''}周期更新（${text(row, 'last_update')}）`,
          fields,
        };
  },
};

/** E1: calls to the unit's resources in the period, one summary row per caller unit. */
export const E1_EVIDENCE: EvidenceSource = {
  select: ({ unitCode, period }) => sql`select dc.caller_unit_code as record_id, 'call' as record_kind,
      max(dc.called_on) as record_date, 0 as counted_against,
      dc.caller_unit_code as caller_unit_code, cu.name as caller_name, sum(dc.count) as calls,
      count(distinct dc.resource_id) as resources, min(dc.called_on) as first_call, max(dc.called_on) as last_call,
      case when dc.caller_unit_code = ${unitCode} then 1 else 0 end as own_unit
    from data_calls dc
    join resources r on r.resource_id = dc.resource_id
    join units cu on cu.code = dc.caller_unit_code
    where r.unit_code = ${unitCode} and dc.called_on between ${period.start} and ${period.end}
    group by dc.caller_unit_code, cu.name`,
  describe: (row) => {
    const fields = fieldsOf(row, ['caller_unit_code', 'caller_name', 'calls', 'resources', 'first_call', 'last_call']);
    return num(row.own_unit)
      ? { reasonCode: 'evidence/calls-own-excluded', reason: `本单位自身调用 ${text(row, 'calls')} 次，不计入跨部门调用量`, fields }
      : { reasonCode: 'evidence/calls-counted', reason: `「${text(row, 'caller_name')}」调用本单位共享数据 ${text(row, 'calls')} 次`, fields };
  },
};

/** E2: demands due in the period; late or unfulfilled ones count against the provider. */
export const E2_EVIDENCE: EvidenceSource = {
  select: ({ unitCode, period }) => sql`select d.demand_id as record_id, 'demand' as record_kind, d.due_on as record_date,
      case when ${ruleSql(E2_FULFILLED_ON_TIME, 'd', {})} then 0 else 1 end as counted_against,
      d.demand_id, d.requester_unit_code, ru.name as requester_name, d.requested_on, d.due_on, d.fulfilled_on
    from data_demands d join units ru on ru.code = d.requester_unit_code
    where d.provider_unit_code = ${unitCode} and d.due_on between ${period.start} and ${period.end}`,
  describe: (row) => {
    const id = text(row, 'demand_id');
    const due = text(row, 'due_on');
    const fulfilled = row.fulfilled_on ? text(row, 'fulfilled_on') : null;
    const failure = ruleFailure(E2_FULFILLED_ON_TIME, { due_on: due, fulfilled_on: fulfilled }, {});
    const daysLate = failure === 'late' && fulfilled ? diffDays(due, fulfilled) : null;
    const fields = [
      ...fieldsOf(row, ['demand_id', 'requester_unit_code', 'requester_name', 'requested_on', 'due_on', 'fulfilled_on']),
      { name: 'days_late', value: daysLate === null ? null : String(daysLate) },
    ];
    if (failure === 'unfulfilled') {
      return { reasonCode: 'evidence/demand-unfulfilled', reason: `需求 ${id}（「${text(row, 'requester_name')}」提出）应于 ${due} 前完成，尚未完成`, fields };
    }
    if (failure === 'late') {
      return { reasonCode: 'evidence/demand-late', reason: `需求 ${id} 应于 ${due} 前完成，${fulfilled} 才完成，逾期 ${daysLate} 天`, fields };
    }
    return { reasonCode: 'evidence/demand-on-time', reason: `需求 ${id} 于 ${fulfilled} 完成，未超过期限 ${due}`, fields };
  },
};

/**
 * E3: demands fulfilled in the period with a satisfaction score. Anything below 5 loses points
 * (scale 1–5); a score below 3 (dissatisfied) is what we mark as counted against the unit.
 */
export const E3_EVIDENCE: EvidenceSource = {
  select: ({ unitCode, period }) => sql`select d.demand_id as record_id, 'demand' as record_kind, d.fulfilled_on as record_date,
      case when d.satisfaction < 3 then 1 else 0 end as counted_against,
      d.demand_id, d.requester_unit_code, ru.name as requester_name, d.fulfilled_on, d.satisfaction
    from data_demands d join units ru on ru.code = d.requester_unit_code
    where d.provider_unit_code = ${unitCode} and d.fulfilled_on between ${period.start} and ${period.end}
      and d.satisfaction is not null`,
  describe: (row) => {
    const id = text(row, 'demand_id');
    const s = num(row.satisfaction) ?? 0;
    const fields = fieldsOf(row, ['demand_id', 'requester_unit_code', 'requester_name', 'fulfilled_on', 'satisfaction']);
    const who = `「${text(row, 'requester_name')}」`;
    if (s < 3) return { reasonCode: 'evidence/satisfaction-low', reason: `需求 ${id} 的满意度为 ${s} 分（${who}评价，低于 3 分）`, fields };
    if (s < 5) return { reasonCode: 'evidence/satisfaction-partial', reason: `需求 ${id} 的满意度为 ${s} 分（${who}评价，未达满分 5 分）`, fields };
    return { reasonCode: 'evidence/satisfaction-full', reason: `需求 ${id} 的满意度为满分 5 分（${who}评价）`, fields };
  },
};
