import type { EChartsOption } from 'echarts';
import { BAND_COLORS, BANDS, bandOf, gradeBand, type Band, type GradeId } from './bands';
import { LIGHT, type ChartTheme } from './theme';

export type GradeCounts = Record<Band, number>;

/** Counts units per grade; rows without a grade (unranked) count as N/A. */
export function gradeCounts(rows: ReadonlyArray<{ grade: GradeId | null; composite?: number | null }>): GradeCounts {
  const counts: GradeCounts = { excellent: 0, good: 0, pass: 0, fail: 0, na: 0 };
  for (const row of rows) counts[row.grade ? gradeBand(row.grade) : bandOf(row.composite)] += 1;
  return counts;
}

/** Doughnut of units per grade in band colours; empty bands are left out. */
export function gradeDistributionOption(
  counts: GradeCounts,
  labels: Record<Band, string>,
  theme: ChartTheme = LIGHT,
): EChartsOption {
  const data = BANDS.filter((b) => counts[b] > 0).map((band) => ({
    name: labels[band],
    value: counts[band],
    itemStyle: { color: BAND_COLORS[band] },
  }));
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: { bottom: 0, textStyle: { color: theme.text, fontSize: theme.fontSize } },
    series: [
      {
        type: 'pie',
        radius: ['45%', '72%'],
        center: ['50%', '45%'],
        avoidLabelOverlap: true,
        label: { formatter: '{b}\n{c}', color: theme.text, fontSize: theme.fontSize },
        data,
      },
    ],
  };
}
