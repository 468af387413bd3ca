import { defineAsyncComponent } from 'vue';
import ChartSkeleton from './ChartSkeleton.vue';

/** The chart component with ECharts in its own chunk; a skeleton shows while it loads. */
export const LazyChart = defineAsyncComponent({
  loader: () => import('./ChartView.vue'),
  loadingComponent: ChartSkeleton,
  delay: 0,
});
