/*
 * The part of Apache ECharts that <sym-chart> uses (line, bar, heatmap, scatter), loaded on demand (a separate bundle chunk): pages without a chart,
 * such as the phone-first survey, never download it.
 */
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  GridComponent,
  LegendPlainComponent,
  MarkLineComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([
  LineChart,
  BarChart,
  HeatmapChart,
  ScatterChart,
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
  VisualMapContinuousComponent,
  MarkLineComponent,
  SVGRenderer,
]);

export { echarts };
