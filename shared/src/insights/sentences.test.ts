import { describe, expect, test } from 'vitest';
import type { MeasureValue } from '../model/measure.js';
import {
  describeForecastDriver,
  describePenaltyChange,
  describeReweightChange,
  describeSchemeChange,
  describeSubIndicatorChange,
  type SubIndicatorChange,
} from './sentences.js';
import { formatCount, formatPercent, formatPoints } from './wording.js';

const mv = (
  value: number | null,
  numerator: number | null = null,
  denominator: number | null = null,
): MeasureValue => ({
  value,
  numerator,
  denominator,
});

function sub(
  id: string,
  zh: string,
  en: string,
  before: MeasureValue,
  now: MeasureValue,
  points: number,
  worst: SubIndicatorChange['worst'] = [],
): SubIndicatorChange {
  return { id, name: { zh, en }, measureId: id, before, now, points, worst };
}

describe('number formats', () => {
  test.each([
    [formatPoints(-12.4), '−12.40'],
    [formatPoints(6), '+6.00'],
    [formatPoints(0.004), '0.00'],
    [formatPoints(-0.004), '0.00'],
    [formatPercent(85 / 105), '80.95%'], // 0.809523… → 80.952…% → 80.95%
    [formatPercent(0.98), '98.00%'],
    [formatCount(12345), '12345'],
    [formatCount(0.5), '0.50'],
    [formatCount(987), '987'],
    [formatCount(3.5), '3.50'],
  ])('%s', (shown, expected) => expect(shown).toBe(expected));
});

describe('a sentence for every measure kind, in both languages, from hand-computed numbers', () => {
  test.each<[string, SubIndicatorChange, string, string]>([
    [
      'ratio (U1) with its worst records',
      // 85 / 105 = 80.95%, 98 / 100 = 98.00%.
      sub('U1', '按时更新率', 'On-time update rate', mv(0.98, 98, 100), mv(85 / 105, 85, 105), -12.4, [
        { label: '人口基础库', amount: 9 },
        { label: '法人基础库', amount: 2 },
      ]),
      'U1 按时更新率 −12.40 分：本期到期更新窗口 105 个中按时更新 85 个（80.95%），上期 100 个中 98 个（98.00%）；漏更最多的资源：人口基础库（漏 9 个窗口）、法人基础库（漏 2 个窗口）',
      'U1 On-time update rate −12.40 pts: 85 of 105 due update windows met (80.95%); last period 98 of 100 (98.00%); most missed resources: 人口基础库 (9 missed), 法人基础库 (2 missed)',
    ],
    [
      'ratio capped above 1 (R3)',
      // 50 ratings / 40 completed cases → capped at 1 = 100.00%; 12 / 40 = 30.00%.
      sub('R3', '评价参与率', 'Rating participation', mv(0.3, 12, 40), mv(1, 50, 40), 4),
      'R3 评价参与率 +4.00 分：本期办结 40 件，收到评价 50 条（参与率 100.00%），上期办结 40 件、评价 12 条（30.00%）',
      'R3 Rating participation +4.00 pts: 50 ratings for 40 completed cases (participation 100.00%); last period 12 for 40 (30.00%)',
    ],
    [
      'count (E1)',
      sub('E1', '跨部门调用量', 'Cross-unit calls', mv(987, 987), mv(12345, 12345), 3.2),
      'E1 跨部门调用量 +3.20 分：本期其他单位调用 12345 次，上期 987 次',
      'E1 Cross-unit calls +3.20 pts: 12345 calls by other units; last period 987',
    ],
    [
      'mean (E3) with its worst records',
      // 14 / 4 = 3.50; 8 / 2 = 4.00.
      sub('E3', '需求方满意度', 'Requester satisfaction', mv(4, 8, 2), mv(3.5, 14, 4), -2, [
        { label: '市公安局', amount: 1 },
      ]),
      'E3 需求方满意度 −2.00 分：本期需求方满意度均分 3.50（4 条评价），上期 4.00（2 条）；低满意度（低于 3 分）最多的需求方：市公安局（1 条）',
      'E3 Requester satisfaction −2.00 pts: mean requester satisfaction 3.50 over 4 ratings; last period 4.00 over 2; requesters with the most scores below 3: 市公安局 (1)',
    ],
    [
      'mean (D1) with items below level 4',
      // (4 + 1 + 3) / 3 = 2.67.
      sub('D1', '平均网办深度', 'Mean online depth', mv(3, 9, 3), mv(8 / 3, 8, 3), -1.33, [
        { label: '数据开放申请', amount: 1 },
      ]),
      'D1 平均网办深度 −1.33 分：本期在办事项 3 个，平均网办深度 2.67 级，上期 3 个，3.00 级；未达全程网办的事项：数据开放申请（1 级）',
      'D1 Mean online depth −1.33 pts: mean depth level 2.67 over 3 active items; last period 3.00 over 3; items not fully online: 数据开放申请 (level 1)',
    ],
    [
      '0/1 (S1)',
      sub('S1', '单位安全专员', 'Unit security officer', mv(1, 1), mv(0, 0), -6),
      'S1 单位安全专员 −6.00 分：本期无在任且持证有效的单位安全专员，上期有有效专员',
      'S1 Unit security officer −6.00 pts: no unit security officer in post and certified; last period had one',
    ],
    [
      'manual value',
      sub('M1', '人工指标', 'Manual indicator', mv(80), mv(88.5), 1),
      'M1 人工指标 +1.00 分：本期录入值 88.50，上期 80',
      'M1 Manual indicator +1.00 pts: value 88.50; last period 80',
    ],
  ])('%s', (_, change, zh, en) => {
    expect(describeSubIndicatorChange(change, 'zh-CN')).toBe(zh);
    expect(describeSubIndicatorChange(change, 'en')).toBe(en);
  });

  test('the penalty, with the incidents', () => {
    const change = {
      points: -10,
      incidents: { before: 0, now: 2 },
      taken: { before: 0, now: 10 },
      worst: [{ label: '2023-03-05 共享接口未鉴权', amount: 1 }],
    };
    expect(describePenaltyChange(change, 'zh-CN')).toBe(
      'P 数据安全事件扣分 −10.00 分：本期事件 2 起，扣 10.00 分；上期 0 起，扣 0.00 分；本期事件：2023-03-05 共享接口未鉴权',
    );
    expect(describePenaltyChange(change, 'en')).toBe(
      'P Security-incident penalty −10.00 pts: 2 incidents this period, 10.00 points off; last period 0, 0.00 off; incidents: 2023-03-05 共享接口未鉴权',
    );
  });

  test('N/A re-weighting names what became N/A or applicable', () => {
    const change = {
      points: 1.23,
      items: [
        {
          level: 'subIndicator' as const,
          id: 'E3',
          name: { zh: '需求方满意度', en: 'Requester satisfaction' },
          measureId: 'E3',
          applicableNow: false,
          value: mv(4, 8, 2),
        },
        {
          level: 'dimension' as const,
          id: 'R',
          name: { zh: '政务服务好差评', en: 'Service rating' },
          applicableNow: true,
          score: 71.428571,
        },
      ],
    };
    expect(describeReweightChange(change, 'zh-CN')).toBe(
      '权重重新分配 +1.23 分：E3 需求方满意度本期不适用（上期 4.00（2 条）），其权重由同一维度的其他二级指标分担；维度 R 政务服务好差评本期起计分（得 71.43 分）',
    );
    expect(describeReweightChange(change, 'en')).toBe(
      'N/A re-weighting +1.23 pts: E3 Requester satisfaction is N/A this period (last period 4.00 over 2), its weight goes to the other sub-indicators of its dimension; dimension R Service rating counts this period (score 71.43)',
    );
  });

  test('the scheme change', () => {
    const change = { points: -2, fromVersion: 1, toVersion: 2, from: 62, rescored: 60 };
    expect(describeSchemeChange(change, 'zh-CN')).toBe(
      '指标体系调整 −2.00 分：上期按其指标体系（第 1 版）为 62.00 分，按本期指标体系（第 2 版）计为 60.00 分',
    );
    expect(describeSchemeChange(change, 'en')).toBe(
      "Scheme change −2.00 pts: last period scored 62.00 under its scheme (version 1) and 60.00 under this period's (version 2)",
    );
  });
});

describe('forecast drivers', () => {
  test.each<[string, Parameters<typeof describeForecastDriver>[0], string, string]>([
    [
      'a ratio',
      {
        id: 'U1',
        name: { zh: '按时更新率', en: 'On-time update rate' },
        measureId: 'U1',
        points: -3.2,
        last: 0.81,
        expected: 0.72,
      },
      'U1 按时更新率 −3.20 分：预计 72.00%，上月 81.00%',
      'U1 On-time update rate −3.20 pts: expected 72.00%, last month 81.00%',
    ],
    [
      'a 0/1',
      {
        id: 'S1',
        name: { zh: '单位安全专员', en: 'Unit security officer' },
        measureId: 'S1',
        points: -6,
        last: 1,
        expected: 0,
      },
      'S1 单位安全专员 −6.00 分：预计无，上月有',
      'S1 Unit security officer −6.00 pts: expected no, last month yes',
    ],
    [
      'an expected count is a whole number',
      {
        id: 'E1',
        name: { zh: '跨部门调用量', en: 'Cross-unit calls' },
        measureId: 'E1',
        points: -0.35,
        last: 239,
        expected: 209.99,
      },
      'E1 跨部门调用量 −0.35 分：预计 210，上月 239',
      'E1 Cross-unit calls −0.35 pts: expected 210, last month 239',
    ],
    [
      'the penalty: the mean of 6 months',
      {
        id: 'P',
        name: { zh: '数据安全事件扣分', en: 'Security-incident penalty' },
        measureId: 'P',
        points: -2.5,
        last: 0,
        expected: 0.5,
      },
      'P 数据安全事件扣分 −2.50 分：预计事件 0.50 起（近 6 个月平均），上月 0 起',
      'P Security-incident penalty −2.50 pts: expected 0.50 incidents (mean of the last 6 months), last month 0',
    ],
  ])('%s', (_, driver, zh, en) => {
    expect(describeForecastDriver(driver, 'zh-CN', 6)).toBe(zh);
    expect(describeForecastDriver(driver, 'en', 6)).toBe(en);
  });
});
