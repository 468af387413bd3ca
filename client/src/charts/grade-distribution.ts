import type { EChartsOption } from 'echarts';
import type { Grade } from '@/api/generated/graphql';
import { BAND_COLORS, BANDS, bandOf, gradeBand, type Band } from './bands';
import { LIGHT, type ChartTheme } from './theme';

export type GradeCounts = Record<Band, number>;

/** Counts units per grade; rows without a grade (unranked) count as N/A. */
export function gradeCounts(rows: ReadonlyArray<{ grade: Grade | null; composite?: number | null }>): GradeCounts {
  const counts: GradeCounts = { excellent: 0, good: 0, pass: 0, fail: 0, na: 0 };
  for (const row of rows) counts[row.grade ? gradeBand(row.grade) : bandOf(row.composite)] += 1;
  return counts;
}

/**
 * Doughnut of units per grade in band colours; empty bands are left out. The grade names are in the legend
 * (with their counts) and only the counts sit inside the ring: outside labels with leader lines do not fit
 * a narrow panel and got clipped at the edge. Slices too thin for their number leave it to the legend.
 */
export function gradeDistributionOption(
  counts: GradeCounts,
  labels: Record<Band, string>,
  theme: ChartTheme = LIGHT,
): EChartsOption {
  const bands = BANDS.filter((b) => counts[b] > 0);
  const data = bands.map((band) => ({
    name: labels[band],
    value: counts[band],
    itemStyle: { color: BAND_COLORS[band] },
  }));
  const countOf = new Map(data.map((d) => [d.name, d.value]));
  // Two legend rows: a vertical legend of that height wraps into columns, so the items line up in a grid
  // (a horizontal one of four items wraps 3 + 1 in a narrow panel).
  const rowGap = theme.fontSize;
  const rowHeight = Math.round(theme.fontSize * 1.4);
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: {
      orient: 'vertical',
      bottom: 0,
      left: 'center',
      height: rowHeight * 2 + rowGap,
      itemGap: rowGap,
      textStyle: { color: theme.text, fontSize: theme.fontSize },
      data: data.map((d) => d.name),
      formatter: (name: string) => `${name} ${countOf.get(name) ?? 0}`,
    },
    series: [
      {
        type: 'pie',
        radius: ['42%', '74%'],
        center: ['50%', '44%'],
        avoidLabelOverlap: false,
        minShowLabelAngle: 12,
        label: {
          position: 'inside',
          formatter: '{c}',
          color: '#ffffff',
          fontSize: Math.round(theme.fontSize * 1.2),
          fontWeight: 'bold',
          textBorderColor: 'rgba(0, 0, 0, 0.35)',
          textBorderWidth: 2,
        },
        labelLine: { show: false },
        data,
      },
    ],
  };
}
