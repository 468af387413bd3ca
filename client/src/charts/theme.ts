/** The chart theme (light pages and the dark big screen share fonts, palette and bands). */
export const FONT_FAMILY =
  '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", system-ui, sans-serif';

/** Identity colours for series that are units or averages (compare page), distinct from the score bands. */
export const SERIES_PALETTE = ['#4f46e5', '#0891b2', '#c026d3', '#ea580c', '#475569', '#65a30d'];

/** The city average is always drawn in this dashed neutral. */
export const AVERAGE_COLOR = '#64748b';

export interface ChartTheme {
  name: 'scorecard' | 'scorecard-dark';
  text: string;
  subtleText: string;
  axisLine: string;
  splitLine: string;
  tooltipBackground: string;
  /** base font size of axis labels, legends and data labels */
  fontSize: number;
}

export const LIGHT: ChartTheme = {
  name: 'scorecard',
  text: '#1f2937',
  subtleText: '#6b7280',
  axisLine: '#d1d5db',
  splitLine: '#eef0f3',
  tooltipBackground: '#ffffff',
  fontSize: 12,
};

export const DARK: ChartTheme = {
  name: 'scorecard-dark',
  text: '#e5edff',
  subtleText: '#94a3c4',
  axisLine: '#33456b',
  splitLine: '#1c2a48',
  tooltipBackground: '#0f1a33',
  fontSize: 18,
};

/** The object passed to echarts.registerTheme. */
export function echartsTheme(t: ChartTheme): Record<string, unknown> {
  const axis = {
    axisLine: { lineStyle: { color: t.axisLine } },
    axisTick: { lineStyle: { color: t.axisLine } },
    axisLabel: { color: t.subtleText, fontSize: t.fontSize },
    splitLine: { lineStyle: { color: t.splitLine } },
    nameTextStyle: { color: t.subtleText },
  };
  return {
    color: SERIES_PALETTE,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: FONT_FAMILY, color: t.text },
    title: { textStyle: { color: t.text }, subtextStyle: { color: t.subtleText } },
    legend: {
      textStyle: { color: t.text, fontSize: t.fontSize },
      itemWidth: t.fontSize * 1.6,
      itemHeight: t.fontSize * 0.9,
    },
    tooltip: { backgroundColor: t.tooltipBackground, borderColor: t.axisLine, textStyle: { color: t.text } },
    categoryAxis: axis,
    valueAxis: axis,
    radar: {
      axisName: { color: t.text, fontSize: t.fontSize + 1 },
      axisLine: { lineStyle: { color: t.axisLine } },
      splitLine: { lineStyle: { color: t.axisLine } },
      splitArea: { show: false },
    },
  };
}
