import { describe, expect, test } from 'vitest';
import { BAND_COLORS } from './bands';
import { rankingBarOption, sortByRank } from './ranking-bar';
import { gradeCounts, gradeDistributionOption } from './grade-distribution';
import { heatmapOption } from './heatmap';
import { radarOption } from './radar';
import { unitTrendOption, compareTrendOption, rankAxisTicks } from './trend';
import { dimensionBarsOption } from './dimension-bars';
import { scoreChangeWaterfallOption, waterfallSteps } from './waterfall';
import { backtestErrorOption, forecastHistoryOption } from './forecast';

interface BarItem {
  value: number;
  itemStyle: { color: string };
}
interface Series<T> {
  data: T[];
  type: string;
}

const rows = [
  { code: 'C', name: '市民政局', rank: 2, composite: 85.5 },
  { code: 'A', name: '市公安局', rank: 1, composite: 93.2 },
  { code: 'X', name: '新设单位', rank: null, composite: null },
  { code: 'D', name: '二七区', rank: 4, composite: 42 },
  { code: 'B', name: '市财政局', rank: 2, composite: 85.5 },
];
const labels = { composite: '综合得分', na: 'N/A' };

describe('rankingBarOption', () => {
  const option = rankingBarOption(rows, labels);
  const yAxis = option.yAxis as { data: string[]; inverse: boolean };
  const series = (option.series as Array<Series<BarItem>>)[0];

  test('units in rank order, ties by code, unranked last, best on top', () => {
    expect(yAxis.inverse).toBe(true);
    expect(yAxis.data).toEqual(['1. 市公安局', '2. 市财政局', '2. 市民政局', '4. 二七区', '新设单位']);
  });

  test('bars coloured by band, N/A grey', () => {
    expect(series.data.map((d) => d.itemStyle.color)).toEqual([
      BAND_COLORS.excellent,
      BAND_COLORS.good,
      BAND_COLORS.good,
      BAND_COLORS.fail,
      BAND_COLORS.na,
    ]);
    expect(series.data[0].value).toBe(93.2);
  });

  test('sortByRank does not mutate its input', () => {
    const copy = [...rows];
    sortByRank(rows);
    expect(rows).toEqual(copy);
  });
});

describe('grade distribution', () => {
  test('counts by grade with N/A for unranked', () => {
    const counts = gradeCounts([
      { grade: 'EXCELLENT' },
      { grade: 'GOOD' },
      { grade: 'GOOD' },
      { grade: 'FAIL' },
      { grade: null },
    ]);
    expect(counts).toEqual({ excellent: 1, good: 2, pass: 0, fail: 1, na: 1 });
  });

  test('pie slices in band colours, empty grades left out', () => {
    const option = gradeDistributionOption(
      { excellent: 1, good: 2, pass: 0, fail: 1, na: 0 },
      { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格', na: '无' },
    );
    const data = (option.series as Array<Series<{ name: string; value: number; itemStyle: { color: string } }>>)[0]
      .data;
    expect(data.map((d) => [d.name, d.value, d.itemStyle.color])).toEqual([
      ['优秀', 1, BAND_COLORS.excellent],
      ['良好', 2, BAND_COLORS.good],
      ['不合格', 1, BAND_COLORS.fail],
    ]);
  });

  test('counts inside the ring and names with counts in the legend, no outside leader lines to clip', () => {
    const option = gradeDistributionOption(
      { excellent: 12, good: 30, pass: 25, fail: 8, na: 0 },
      { excellent: '优秀', good: '良好', pass: '合格', fail: '不合格', na: '无' },
    );
    const series = (
      option.series as Array<{ label: { position: string; formatter: string }; labelLine: { show: boolean } }>
    )[0];
    expect(series.label.position).toBe('inside');
    expect(series.label.formatter).toBe('{c}');
    expect(series.labelLine.show).toBe(false);
    const legend = option.legend as { data: string[]; formatter: (name: string) => string };
    expect(legend.data).toEqual(['优秀', '良好', '合格', '不合格']);
    expect(legend.data.map((name) => legend.formatter(name))).toEqual(['优秀 12', '良好 30', '合格 25', '不合格 8']);
  });
});

describe('heatmapOption', () => {
  test('one cell per unit × sub-indicator, coloured by band, N/A grey', () => {
    const option = heatmapOption(
      [
        {
          name: '甲',
          scores: [
            { id: 'U1', score: 95 },
            { id: 'E1', score: null },
          ],
        },
        { name: '乙', scores: [{ id: 'U1', score: 70 }] },
      ],
      [
        { id: 'U1', label: 'U1' },
        { id: 'E1', label: 'E1' },
      ],
      'N/A',
    );
    const data = (option.series as Array<Series<{ value: number[]; itemStyle: { color: string } }>>)[0].data;
    expect(data).toHaveLength(4);
    expect(data.map((d) => [d.value[0], d.value[1], d.itemStyle.color])).toEqual([
      [0, 0, BAND_COLORS.excellent],
      [1, 0, BAND_COLORS.na],
      [0, 1, BAND_COLORS.pass],
      [1, 1, BAND_COLORS.na],
    ]);
  });
});

describe('radar, bars and trends', () => {
  test('radar axes fixed at 0–100 and N/A drawn at 0', () => {
    const option = radarOption(
      ['U', 'E'],
      [
        { name: '甲', values: [80, null] },
        { name: '全市平均', values: [70, 60], average: true },
      ],
      'N/A',
    );
    const radar = option.radar as { indicator: Array<{ max: number }> };
    expect(radar.indicator.every((i) => i.max === 100)).toBe(true);
    const data = (option.series as Array<Series<{ value: number[]; lineStyle: { type: string } }>>)[0].data;
    expect(data[0].value).toEqual([80, 0]);
    expect(data[1].lineStyle.type).toBe('dashed');
  });

  test('dimension bars leave N/A out instead of drawing zero', () => {
    const option = dimensionBarsOption(['U', 'E'], [{ name: '甲', values: [null, 50] }], 'N/A');
    expect((option.series as Array<Series<number | string>>)[0].data).toEqual(['-', 50]);
  });

  test('unit trend puts rank on an inverted axis', () => {
    const option = unitTrendOption(
      [
        { period: '2023-01', composite: 80, rank: 5 },
        { period: '2023-02', composite: null, rank: null },
      ],
      { composite: 'c', rank: 'r', periodLabel: (id) => id },
    );
    const axes = option.yAxis as Array<{ inverse?: boolean; max?: number }>;
    expect(axes[1].inverse).toBe(true);
    expect(axes[1].max).toBe(5);
    expect((option.series as Array<Series<number | string>>)[0].data).toEqual([80, '-']);
  });

  test('rank axis runs from 1 to the ranked count with spaced ticks', () => {
    const option = unitTrendOption(
      [
        { period: '2023-01', composite: 60, rank: 70, rankedCount: 75 },
        { period: '2023-02', composite: 62, rank: 68, rankedCount: 75 },
      ],
      { composite: 'c', rank: 'r', periodLabel: (id) => id },
    );
    const axis = (
      option.yAxis as Array<{ inverse?: boolean; min?: number; max?: number; axisLabel?: { customValues?: number[] } }>
    )[1];
    expect(axis).toMatchObject({ inverse: true, min: 1, max: 75 });
    expect(axis.axisLabel?.customValues).toEqual([1, 20, 40, 60, 75]);
  });

  test('rank ticks never crowd the ends', () => {
    expect(rankAxisTicks(1)).toEqual([1]);
    expect(rankAxisTicks(4)).toEqual([1, 2, 3, 4]);
    expect(rankAxisTicks(21)).toEqual([1, 5, 10, 15, 21]);
    expect(rankAxisTicks(80)).toEqual([1, 20, 40, 60, 80]);
    for (const max of [7, 12, 33, 61, 72, 75, 99, 150, 400]) {
      const ticks = rankAxisTicks(max);
      expect(ticks[0]).toBe(1);
      expect(ticks.at(-1)).toBe(max);
      expect(ticks.length).toBeLessThanOrEqual(7);
      const gaps = ticks.slice(1).map((v, i) => v - ticks[i]);
      expect(Math.min(...gaps)).toBeGreaterThanOrEqual((max - 1) / 12);
    }
  });

  test('compare trend aligns every unit on the same periods', () => {
    const option = compareTrendOption(
      ['2023-01', '2023-02'],
      [{ name: '甲', points: [{ period: '2023-02', composite: 70 }] }],
      (id) => id,
    );
    expect((option.series as Array<Series<number | string>>)[0].data).toEqual(['-', 70]);
  });
});

describe('city trend', () => {
  test('stacked grade bars in band colours and only the latest average labelled', async () => {
    const { cityTrendOption } = await import('./trend');
    const option = cityTrendOption(
      [
        { period: '2023-01', average: 70, excellent: 1, good: 2, pass: 3, fail: 4 },
        { period: '2023-02', average: 72.345, excellent: 2, good: 2, pass: 2, fail: 4 },
      ],
      { average: 'avg', excellent: 'e', good: 'g', pass: 'p', fail: 'f', periodLabel: (id) => id },
    );
    const series = option.series as Array<{
      type: string;
      stack?: string;
      itemStyle?: { color: string };
      data: unknown[];
    }>;
    expect(series.filter((s) => s.stack === 'grades').map((s) => s.itemStyle?.color)).toEqual([
      BAND_COLORS.excellent,
      BAND_COLORS.good,
      BAND_COLORS.pass,
      BAND_COLORS.fail,
    ]);
    const line = series.find((s) => s.type === 'line')!.data as Array<{
      value: number;
      label: { show: boolean; formatter: () => string };
    }>;
    expect(line.map((d) => d.label.show)).toEqual([false, true]);
    expect(line[1]!.label.formatter()).toBe('72.35');
  });
});

describe('score-change waterfall', () => {
  // 81.09 → 65.17: +2.47 − 10.00 − 8.39 = −15.92.
  const parts = [
    { label: 'U1', points: 2.47 },
    { label: 'E2', points: -10 },
    { label: 'NA_REWEIGHT', points: -8.39 },
  ];
  const labels = { from: '上期', to: '本期' };

  test('steps run from the previous composite to this one on two decimals', () => {
    expect(waterfallSteps(81.0856, 65.166, parts, labels)).toEqual([
      { label: '上期', base: 0, length: 81.09, value: 81.09, kind: 'total' },
      { label: 'U1', base: 81.09, length: expect.closeTo(2.47, 9), value: 2.47, kind: 'up' },
      { label: 'E2', base: 73.56, length: expect.closeTo(10, 9), value: -10, kind: 'down' },
      { label: 'NA_REWEIGHT', base: 65.17, length: expect.closeTo(8.39, 9), value: -8.39, kind: 'down' },
      { label: '本期', base: 0, length: 65.17, value: 65.17, kind: 'total' },
    ]);
  });

  test('an invisible base under each visible step; rises green, falls red, totals in their band', () => {
    const option = scoreChangeWaterfallOption(81.0856, 65.166, parts, labels);
    const [base, visible] = option.series as Array<Series<number | BarItem>>;
    expect((option.yAxis as { data: string[] }).data).toEqual(['上期', 'U1', 'E2', 'NA_REWEIGHT', '本期']);
    expect(base.data).toEqual([0, 81.09, 73.56, 65.17, 0]);
    expect((visible.data as BarItem[]).map((d) => d.itemStyle.color)).toEqual([
      BAND_COLORS.good,
      BAND_COLORS.excellent,
      BAND_COLORS.fail,
      BAND_COLORS.fail,
      BAND_COLORS.pass,
    ]);
  });

  test('a part that crosses zero still ends where the sum says', () => {
    const steps = waterfallSteps(
      3,
      0,
      [
        { label: 'a', points: -5 },
        { label: 'b', points: 2 },
      ],
      labels,
    );
    expect(steps.map((s) => [s.base, s.length])).toEqual([
      [0, 3],
      [-2, 5],
      [-2, 2],
      [0, 0],
    ]);
  });
});

describe('forecast charts', () => {
  const periodLabel = (id: string) => id;
  test('the likely range is a band stacked on a transparent low line; months without a range leave a gap', () => {
    const option = forecastHistoryOption(
      [
        { period: '2023-04', expected: 70, low: null, high: null, actual: 72 },
        { period: '2023-05', expected: 68, low: 61.5, high: 75, actual: 60 },
      ],
      { actual: '实际', expected: '预测', range: '可能区间', periodLabel },
    );
    const series = option.series as Array<{ name: string; data: Array<number | string>; stack?: string }>;
    expect(series.map((s) => [s.name, s.data])).toEqual([
      ['low', ['-', 61.5]],
      ['可能区间', ['-', 13.5]],
      ['预测', [70, 68]],
      ['实际', [72, 60]],
    ]);
    expect(series[0].stack).toBe(series[1].stack);
  });

  test('backtest error: the model against "same as last month"', () => {
    const option = backtestErrorOption(
      [
        { period: '2023-04', mae: 6.1, naiveMae: 6.6 },
        { period: '2023-05', mae: null, naiveMae: null },
      ],
      { mae: '模型', naiveMae: '沿用上月', periodLabel },
    );
    expect((option.series as Array<{ data: unknown[] }>).map((s) => s.data)).toEqual([
      [6.1, '-'],
      [6.6, '-'],
    ]);
  });
});
