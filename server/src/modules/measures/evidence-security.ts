import type { SqlRow } from './db.js';
import { num } from './db.js';
import { fieldsOf, text, type EvidenceSource } from './evidence-types.js';
import { atPeriodEndSql, failureAtPeriodEnd, OFFICER_VALID_AT_E, SYSTEM_ACTIVE_AT_E } from './rules/index.js';
import { sql } from './sql.js';

/* Evidence of the security dimensions: S (security officers) and the penalty P (incidents). */

const OFFICER_COLUMNS = ['appointed_on', 'ended_on', 'certified_until'] as const;

/** Why an officer (columns read with `prefix`) is or is not valid at E: OFFICER_VALID_AT_E's first failure. */
function officerState(row: SqlRow, e: string, prefix = ''): { code: string; text: string } {
  const name = text(row, `${prefix}name`);
  const record = Object.fromEntries(OFFICER_COLUMNS.map((c) => [c, row[`${prefix}${c}`] ? text(row, `${prefix}${c}`) : null]));
  switch (failureAtPeriodEnd(OFFICER_VALID_AT_E, record, e)) {
    case 'not-yet-appointed':
      return { code: 'not-yet-appointed', text: `专员「${name}」于 ${record.appointed_on} 才任命，${e} 时尚未到任` };
    case 'ended':
      return { code: 'ended', text: `专员「${name}」已于 ${record.ended_on} 离任` };
    case 'certificate-expired':
      return { code: 'certificate-expired', text: `专员「${name}」的资格证书已于 ${record.certified_until} 到期` };
    case null:
      return { code: 'valid', text: `专员「${name}」在 ${e} 在任且持有效证书（至 ${record.certified_until}）` };
  }
}

/**
 * S1: the unit's officers with scope `unit`. When one is valid at E nobody counts against the unit;
 * otherwise every officer (or a single "none appointed" row) does, with the reason it fails.
 */
export const S1_EVIDENCE: EvidenceSource = {
  select: ({ unitCode, period: { end: e } }) => sql`select o.officer_id as record_id, 'officer' as record_kind,
      o.appointed_on as record_date,
      case when exists (select 1 from officers v where v.unit_code = o.unit_code and v.scope = 'unit' and ${atPeriodEndSql(OFFICER_VALID_AT_E, 'v', e)})
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
      case when exists (select 1 from officers o where o.scope = s.system_id and ${atPeriodEndSql(OFFICER_VALID_AT_E, 'o', e)}) then 0 else 1 end
        as counted_against,
      s.system_id, s.name, s.commissioned_on, s.retired_on, b.officer_id, b.name as officer_name,
      b.appointed_on as officer_appointed_on, b.ended_on as officer_ended_on, b.certified_until as officer_certified_until
    from systems s
    left join officers b on b.officer_id = (
      select o.officer_id from officers o where o.scope = s.system_id
      order by case when ${atPeriodEndSql(OFFICER_VALID_AT_E, 'o', e)} then 0 else 1 end, o.appointed_on desc, o.officer_id limit 1)
    where s.unit_code = ${unitCode} and ${atPeriodEndSql(SYSTEM_ACTIVE_AT_E, 's', e)}`,
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

/** P: every incident in the period counts against the unit. */
export const P_EVIDENCE: EvidenceSource = {
  select: ({ unitCode, period }) => sql`select incident_id as record_id, 'incident' as record_kind, occurred_on as record_date,
      1 as counted_against, incident_id, occurred_on, severity, description
    from incidents where unit_code = ${unitCode} and occurred_on between ${period.start} and ${period.end}`,
  describe: (row) => ({
    reasonCode: 'evidence/incident',
    reason: `${text(row, 'occurred_on')} 发生数据安全事件（${text(row, 'severity')}）：${text(row, 'description')}`,
    fields: fieldsOf(row, ['incident_id', 'occurred_on', 'severity', 'description']),
  }),
};
