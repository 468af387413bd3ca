import { m } from '../bilingual';

/** Score change and early warning. */
export const insights = {
  insights: {
    nav: m('预警', 'Early warning'),
    preliminary: {
      tag: m('截至{date} · 初步', 'To {date} · preliminary'),
      title: m(
        '本期尚未结束:按截至{date}的数据计算,结果为初步结果,月末前还会变化',
        'This period is still running: scores count the data through {date} and will change before it ends',
      ),
    },
    change: {
      title: m('得分变动归因', 'Why the score changed'),
      hint: m(
        '相对{period}的综合得分变动,逐项拆分到二级指标、扣分和权重重新分配;各项相加等于总变动。',
        'The change of the composite since {period}, split into sub-indicators, the penalty and N/A re-weighting; the parts add up to the change.',
      ),
      from: m('上期', 'Last period'),
      to: m('本期', 'This period'),
      total: m('{from} → {to},变动 {points} 分', '{from} → {to}, change {points}'),
      records: m('查看记录', 'Records'),
      noPrevious: m('上一期没有可比的综合得分,无法归因。', 'The previous period has no composite to compare with.'),
      noChange: m('与{period}相比,综合得分没有变化。', 'The composite did not change since {period}.'),
      why: m('为何变动', 'Why?'),
      whyTitle: m('{name}:为何变动', '{name}: why it moved'),
      chart: m('得分变动瀑布图', 'Score change waterfall'),
      penalty: m('数据安全事件扣分', 'Security-incident penalty'),
    },
    warning: {
      title: m('预警', 'Early warning'),
      subtitle: m(
        '预计{target}的综合得分及可能区间,依据截至{basedOn}的各月数据',
        'Expected composites for {target} and their likely range, from the months up to {basedOn}',
      ),
      ownSubtitle: m(
        '预计本单位{target}的综合得分及可能区间,依据截至{basedOn}的各月数据',
        "Your unit's expected composite for {target} and its likely range, from the months up to {basedOn}",
      ),
      notEnough: m(
        '至少需要 {need} 个完整月份的数据才能预测(现有 {have} 个)。',
        'A forecast needs at least {need} complete months of data ({have} so far).',
      ),
      onlyFlagged: m('只看预警单位', 'Flagged units only'),
      flaggedCount: m('{n} 个单位预警 / 共 {total} 个', '{n} of {total} units flagged'),
      none: m('没有预警单位', 'No unit is flagged'),
      ownNone: m('本单位未被预警', 'Your unit is not flagged'),
      ownFlagged: m('本单位被预警', 'Your unit is flagged'),
      openUnit: m('查看{period}的得分变动归因', 'Why its {period} score moved'),
      columns: {
        unit: m('单位', 'Unit'),
        last: m('上月得分', 'Last month'),
        expected: m('预计得分', 'Expected'),
        range: m('可能区间', 'Likely range'),
        grade: m('预计等级', 'Expected grade'),
        flag: m('预警', 'Warning'),
        monthToDate: m('本月至今(初步)', 'This month so far'),
        drivers: m('主要原因', 'Main reasons'),
      },
      flags: {
        BELOW_PASS: m('预计不合格', 'Expected to fail'),
        GRADE_DROP: m('预计降档', 'Expected to drop a grade'),
      },
      noDrivers: m('各项预计不低于上月', 'Nothing expected below last month'),
      monthToDate: m('截至{date}', 'to {date}'),
      model: m(
        '模型:各指标按本单位最近 {window} 个月做阻尼趋势外推(α {alpha}、β {beta}、φ {phi}),再按现行指标体系计分;事件数取近 {penalty} 个月平均。区间为历史预测误差的第 {low}–{high} 百分位。',
        "Model: each measure's last {window} months extended by a damped trend (α {alpha}, β {beta}, φ {phi}), then scored with the current scheme; incidents are the mean of the last {penalty} months. The range spans the {low}th–{high}th percentile of past forecast errors.",
      ),
      history: {
        title: m('本单位回测:每月预测与实际', "Your unit's backtest: each month's forecast against the outcome"),
        actual: m('实际得分', 'Actual'),
        expected: m('预测得分', 'Forecast'),
        range: m('可能区间', 'Likely range'),
      },
    },
    backtest: {
      title: m('回测:预测有多可信', 'Backtest: how far to trust the forecast'),
      hint: m(
        '对{from}至{to}的每个月,只用它之前的月份做预测,再与实际结果比较({n} 个单位月)。',
        'For each month from {from} to {to}, a forecast from the months before it only, compared with what happened ({n} unit-months).',
      ),
      mae: m('平均绝对误差', 'Mean absolute error'),
      maeHint: m('"沿用上月"为 {naive} 分', '"Same as last month": {naive}'),
      gradeHit: m('等级命中率', 'Grade hit rate'),
      gradeHitHint: m('{hits} / {n}', '{hits} / {n}'),
      coverage: m('区间覆盖率', 'Range coverage'),
      coverageHint: m('{covered} / {n} 落在可能区间内', '{covered} / {n} inside the likely range'),
      precision: m('预警精确率', 'Warning precision'),
      precisionHint: m(
        '预警 {flagged} 个,其中 {hits} 个确实不合格或降档',
        '{hits} of {flagged} flagged did fail or drop a grade',
      ),
      recall: m('预警召回率', 'Warning recall'),
      recallHint: m(
        '实际不合格或降档 {actual} 个,预警命中 {hits} 个',
        '{hits} of {actual} that failed or dropped a grade were flagged',
      ),
      chart: m('逐月误差', 'Error by month'),
      modelError: m('预测误差', 'Forecast error'),
      naiveError: m('沿用上月的误差', 'Error of "same as last month"'),
      none: m('还没有可回测的月份', 'No month can be backtested yet'),
    },
  },
};
