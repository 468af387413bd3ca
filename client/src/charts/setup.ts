// The one place that registers the ECharts parts we use; imported only by the lazily loaded chart component.
import { use, registerTheme } from 'echarts/core';
import { BarChart, LineChart, RadarChart, HeatmapChart, PieChart, ScatterChart } from 'echarts/charts';
import {
  DatasetComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
  MarkLineComponent,
  DataZoomComponent,
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { DARK, LIGHT, echartsTheme } from './theme';

use([
  BarChart,
  LineChart,
  RadarChart,
  HeatmapChart,
  PieChart,
  ScatterChart,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  RadarComponent,
  TooltipComponent,
  MarkLineComponent,
  DataZoomComponent,
  CanvasRenderer,
]);

registerTheme(LIGHT.name, echartsTheme(LIGHT));
registerTheme(DARK.name, echartsTheme(DARK));
