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

// The chart types and the renderer that draws them.
use([BarChart, LineChart, RadarChart, HeatmapChart, PieChart, ScatterChart, CanvasRenderer]);
// Where the data sits: the dataset, the cartesian and polar coordinate systems, zooming along an axis.
use([DatasetComponent, GridComponent, RadarComponent, DataZoomComponent]);
// What is drawn over a chart: legend, tooltip, reference lines.
use([LegendComponent, TooltipComponent, MarkLineComponent]);

registerTheme(LIGHT.name, echartsTheme(LIGHT));
registerTheme(DARK.name, echartsTheme(DARK));
