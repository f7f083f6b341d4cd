/**
 * The app's single chart: {@link app.symetrie.common.ui.chart.Chart} (a typed builder over the {@code <sym-chart>}
 * element, which wraps Apache ECharts) and {@link app.symetrie.common.ui.chart.ChartCard} (the chart plus its table
 * alternative). Feature code hands over typed series and translated texts; it never sees ECharts options.
 */
@NullMarked
package app.symetrie.common.ui.chart;

import org.jspecify.annotations.NullMarked;
