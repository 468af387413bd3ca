import type { RawFileKind } from './file-kinds.js';

/**
 * What the downloadable templates say about each column (Chinese, with the English key beside it in
 * the header row) and their example rows. The columns themselves, their types, ranges and enum
 * values come from KIND_SPECS: this file only adds words for people.
 */
export const COLUMN_NOTES: Readonly<Record<string, string>> = {
  code: '单位编码', name: '名称', kind: '单位类型', resource_id: '数据资源编号', unit_code: '单位编码',
  update_cycle: '更新周期', registered_on: '编目日期', retired_on: '停用日期', updated_at: '更新时间',
  caller_unit_code: '调用单位编码', date: '日期', count: '调用次数', demand_id: '需求编号',
  provider_unit_code: '提供单位编码', requester_unit_code: '需求单位编码', requested_on: '提出日期', due_on: '应办结日期',
  fulfilled_on: '办结日期', satisfaction: '满意度', system_id: '信息系统编号', commissioned_on: '上线日期',
  officer_id: '安全员编号', scope: '负责范围（unit 或系统编号）', appointed_on: '任命日期', ended_on: '卸任日期',
  certified_until: '资格有效期至', item_id: '服务事项编号', depth_level: '网办深度', effective_from: '生效日期',
  effective_to: '失效日期', case_id: '办件编号', submitted_at: '申请时间', completed_at: '办结时间', channel: '办理渠道',
  rating_id: '评价编号', rated_at: '评价时间', level: '评价等级', rectified_at: '整改完成时间', incident_id: '事件编号',
  occurred_on: '发生日期', severity: '严重程度', description: '描述', indicator_id: '指标编号', period: '考评周期', value: '数值',
};

export const TEMPLATE_TITLES: Readonly<Record<RawFileKind, string>> = {
  units: '单位', resources: '数据资源目录', resource_updates: '数据资源更新记录', data_calls: '数据调用量',
  data_demands: '数据需求', systems: '信息系统', officers: '安全员', service_items: '政务服务事项', cases: '办件',
  ratings: '好差评', incidents: '安全事件', manual_values: '手工指标值',
};

/** Example rows, in KIND_SPECS column order (a small city that refers to itself consistently). */
export const TEMPLATE_EXAMPLES: Readonly<Record<RawFileKind, ReadonlyArray<ReadonlyArray<string>>>> = {
  units: [['U01', '市大数据局', 'municipal'], ['D01', '金水区', 'district']],
  resources: [['R01', 'U01', '人口基础信息', 'daily', '2023-01-01', '']],
  resource_updates: [['R01', '2023-03-01 09:00:00']],
  data_calls: [['R01', 'D01', '2023-03-01', '120']],
  data_demands: [['DM1', 'U01', 'D01', '2023-02-20', '2023-03-05', '2023-03-04', '4.5']],
  systems: [['S01', 'U01', '数据交换平台', '2020-01-01', '']],
  officers: [['O1', 'U01', '张三', 'unit', '2022-01-01', '', '2026-12-31']],
  service_items: [['I1', 'D01', '居民身份证换领', '3', '2022-01-01', '']],
  cases: [['C1', 'I1', '2023-03-01 10:00:00', '2023-03-02 16:00:00', 'online']],
  ratings: [['RT1', 'D01', '2023-03-02 17:00:00', '5', '']],
  incidents: [['INC1', 'D01', '2023-03-12', 'major', '外发含个人信息的表格']],
  manual_values: [['M1', 'U01', '2023-03', '87.5']],
};
