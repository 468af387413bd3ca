import { m } from '../bilingual';

/** The published methodology page. */
export const methodology = {
  methodology: {
    nav: m('评分细则', 'Methodology'),
    title: m('评分细则', 'Scoring methodology'),
    version: m('方案版本', 'Scheme version'),
    versionMeta: m('方案 v{version} · 更新于 {time}', 'Scheme v{version} · updated {time}'),
    draftNote: m('草稿，尚未用于任何结果', 'a draft, not used by any result yet'),
    intro: m(
      '综合得分满分 100 分，由各一级指标按权重加权平均后减去安全事件扣分得到。每个二级指标把一个度量（按考评期统计的数值）按计分规则折算为 0–100 分；下表的“分值”为所有指标都适用时各指标在 100 分中所占的分数。',
      'The composite is out of 100: the weighted mean of the dimensions minus the security-incident penalty. Each sub-indicator turns one measure (counted per period) into 0–100 points with its scoring rule; "points" below are what each indicator is worth out of 100 when every indicator applies.',
    ),
    points: m('{points} 分', '{points} pts'),
    weight: m('权重 {weight}', 'weight {weight}'),
    disabled: m('未启用', 'disabled'),
    columns: {
      indicator: m('指标', 'Indicator'),
      measure: m('度量口径', 'What is measured'),
      rule: m('计分规则', 'Scoring rule'),
      points: m('分值', 'Points'),
    },
    rules: {
      band: m(
        '≤ {floor} 得 0 分，≥ {target} 得 100 分，其间按比例计分',
        '≤ {floor} scores 0, ≥ {target} scores 100, linear in between',
      ),
      logTarget: m(
        '100 × lg(1 + 值) ÷ lg(1 + {targetPerMonth} × 月数)，最高 100 分（每月目标 {targetPerMonth}）',
        '100 × log10(1 + value) ÷ log10(1 + {targetPerMonth} × months), at most 100 (target {targetPerMonth} per month)',
      ),
      scale: m(
        '100 × (值 − {lo}) ÷ ({hi} − {lo})，限定在 0–100 分',
        '100 × (value − {lo}) ÷ ({hi} − {lo}), kept within 0–100',
      ),
      binary: m('是得 100 分，否得 0 分', 'yes scores 100, no scores 0'),
      minmax: m(
        '与同期、同一排名范围内有值的单位比较：最低者 0 分，最高者 100 分，其间按比例；全部相同时均得 100 分',
        'relative to the units with a value in the same period and ranking scope: lowest 0, highest 100, linear in between; 100 for all when all are equal',
      ),
    },
    measures: {
      U1: m(
        '按更新周期划分的时间窗口中，按时有更新的窗口数 ÷ 应更新的窗口数；无应更新窗口时不适用',
        'Update windows (by update cycle) met on time ÷ windows due; N/A when nothing is due',
      ),
      E1: m(
        '本期其他单位调用本单位共享数据的次数合计；本单位在期末前没有登记资源时不适用',
        "Calls of the unit's shared data by other units in the period; N/A when the unit has no registered resource",
      ),
      E2: m(
        '本期到期的数据需求中，按期（不晚于到期日）完成的比例；无到期需求时不适用',
        'Share of data demands due in the period fulfilled on time; N/A when none is due',
      ),
      E3: m(
        '本期完成的数据需求的需求方满意度（1–5 分）平均值；无评价时不适用',
        'Mean requester satisfaction (1–5) of demands fulfilled in the period; N/A when none was rated',
      ),
      S1: m(
        '期末有在任且证书有效的单位安全管理专员为 1，否则为 0',
        '1 when a certified unit security officer is in office at the period end, else 0',
      ),
      S2: m(
        '期末在用的信息系统中，配有在任且持证专员的比例；无在用系统时不适用',
        'Share of systems in use at the period end with a certified officer in office; N/A without systems',
      ),
      R1: m(
        '本期好差评中“基本满意”及以上的比例；无评价时不适用',
        'Share of ratings in the period that are "basically satisfied" or better; N/A without ratings',
      ),
      R2: m(
        '本期差评（不满意、非常不满意）中在 15 日内整改的比例；无差评时不适用',
        'Share of bad ratings in the period rectified within 15 days; N/A without bad ratings',
      ),
      R3: m(
        '本期评价数 ÷ 本期办结件数（最高 1）；无办结件时不适用',
        'Ratings ÷ completed cases in the period (at most 1); N/A without completed cases',
      ),
      D1: m(
        '期末有效服务事项的平均网办深度（1–4 级）；无有效事项时不适用',
        'Mean online depth (level 1–4) of the service items active at the period end; N/A without items',
      ),
      D2: m(
        '期末有效服务事项中全程网办（4 级）的比例；无有效事项时不适用',
        'Share of active service items fully online (level 4); N/A without items',
      ),
      D3: m(
        '本期提交的办件中网上提交的比例；无办件时不适用',
        'Share of cases submitted online in the period; N/A without cases',
      ),
      P: m('本期发生的数据安全事件起数', 'Data-security incidents in the period'),
      manual: m(
        '人工填报的值（manual_values 文件导入或在工作台录入，指标代码 {id}）；没有值时不适用',
        'A value entered by hand (manual_values files or the workbench, code {id}); N/A without a value',
      ),
    },
    generalTitle: m('计算规则', 'How it is computed'),
    gradeLine: m('{grade} ≥ {min}', '{grade} ≥ {min}'),
    general: {
      na: m(
        '不适用（N/A）的二级指标不参与计算，其权重在同一一级指标内按比例分给其他二级指标；一级指标全部不适用时同理；全部不适用的单位不参加排名。',
        'A sub-indicator that does not apply (N/A) is left out and its weight goes to the other sub-indicators of its dimension in proportion; likewise for dimensions; a unit with nothing applicable is not ranked.',
      ),
      penalty: m(
        '每起数据安全事件扣 {points} 分，最多扣 {max} 分；扣分后综合得分不低于 0。',
        'Each data-security incident costs {points} points, at most {max}; the composite never goes below 0.',
      ),
      grades: m(
        '等级按综合得分（保留两位小数后）评定：{list}，其余为不合格。',
        'Grades use the composite rounded to two decimals: {list}; below that, fail.',
      ),
      ranking: m(
        '排名按综合得分（保留两位小数）从高到低；得分相同名次相同，下一名次顺延（1、2、2、4）；名次变化与上一同类考评期、同一范围比较。',
        'Units are ranked by the composite rounded to two decimals, highest first; equal scores share a rank and the next rank skips (1, 2, 2, 4); rank changes compare with the previous period of the same kind and scope.',
      ),
      pointsLost: m(
        '失分 = 一级指标权重占比 × 二级指标权重占比 × (100 − 二级指标得分)，按实际参与计算的权重。',
        "Points lost = the dimension's weight share × the sub-indicator's weight share × (100 − its score), over the weights actually used.",
      ),
      remediation: m(
        '发布时，得分低于 {threshold} 分的已启用二级指标生成整改事项。',
        'On publication, every enabled sub-indicator scoring below {threshold} opens a remediation item.',
      ),
      publication: m(
        '考评期发布前为初步结果（实时计算）；发布后结果冻结，之后的数据导入和方案修改不改变已发布结果；重新发布须说明原因，原结果保留可查。',
        'Before publication a period shows preliminary, live results; publication freezes them, so later imports and scheme edits never change them; a re-publication needs a reason and keeps the earlier results viewable.',
      ),
    },
  },
};
