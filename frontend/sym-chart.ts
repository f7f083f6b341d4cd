/*
 * <sym-chart>: the app's single chart element, a thin wrapper of Apache ECharts.
 *
 * The Java class app.symetrie.common.ui.chart.Chart sets the `model` property (a small JSON model, see ChartModel
 * below); this element turns it into an ECharts option. Feature code never sees ECharts options. Texts and figures
 * arrive already translated and formatted by Java (the same strings feed the table alternative), except axis ticks,
 * which are formatted here with Intl in the model's locale.
 *
 * Clicking a bar or point, a category's axis label, a heatmap cell or a heatmap row label fires
 * `sym-category-click` (detail: categoryIndex, columnIndex) when the Java side listens for it; for a heatmap the
 * category is the row and the column is the clicked cell's (-1 for a row label).
 */
import type { ECharts, EChartsCoreOption } from 'echarts/core';

type Engine = typeof import('./sym-chart-echarts');
let engine: Promise<Engine> | null = null;
/** ECharts comes in its own chunk, fetched when the first chart connects. */
const loadEngine = (): Promise<Engine> => (engine ??= import('./sym-chart-echarts'));

type ChartType = 'line' | 'bar' | 'hbar' | 'heatmap' | 'scatter';
type ValueFormat = 'number' | 'score' | 'percent';

interface SeriesModel {
  name: string;
  color: string;
  dashed: boolean;
  markers: boolean;
  stacked: boolean;
  valueLabels: boolean;
  values: (number | null)[];
  /** Values formatted by Java ("72,3 %"); null where the value is null. */
  labels: (string | null)[];
  /** Per-point annotation ("▲", "n<5 hidden"); null where there is none. */
  annotations: (string | null)[];
}

interface ReferenceLineModel {
  name: string;
  value: number;
  label: string;
  color: string;
}

interface HeatmapModel {
  columns: string[];
  rows: string[];
  /** [columnIndex, rowIndex, value or null, formatted value or null] */
  cells: [number, number, number | null, string | null][];
  min: number;
  max: number;
  minLabel: string;
  maxLabel: string;
  hiddenText: string;
}

/** A scatter's horizontal axis: one x value (and its formatted text) per category, i.e. per point. */
interface XAxisModel {
  min: number | null;
  max: number | null;
  values: (number | null)[];
  labels: (string | null)[];
}

interface ChartModel {
  type: ChartType;
  title: string;
  locale: string;
  format: ValueFormat;
  empty: boolean;
  emptyText: string;
  clickable: boolean;
  categories: string[];
  xAxisName: string | null;
  xAxis: XAxisModel | null;
  yAxis: { name: string | null; min: number | null; max: number | null };
  series: SeriesModel[];
  referenceLines: ReferenceLineModel[];
  heatmap: HeatmapModel | null;
}

const TEXT = '#1f2937';
const MUTED = '#5b6472';
const AXIS_LINE = '#9aa3af';
const SPLIT_LINE = '#e5e7eb';
const HIDDEN_CELL = '#d9dde3';
/** Low → high: diverging and colour-blind safe (ColorBrewer RdYlBu); no stop is grey, the colour of hidden cells. */
const HEATMAP_SCALE = ['#d73027', '#fc8d59', '#fee090', '#e0f3f8', '#91bfdb', '#4575b4'];
const PHONE = 480;

const template = document.createElement('template');
template.innerHTML = `
  <style>
    :host { display: block; position: relative; height: 320px; min-width: 0; box-sizing: border-box;
            font-family: var(--lumo-font-family, system-ui, sans-serif); color: ${TEXT}; }
    :host([hidden]) { display: none; }
    .frame { display: flex; flex-direction: column; height: 100%; }
    .title { margin: 0 0 4px; font-size: var(--lumo-font-size-m, 1rem); font-weight: 600; line-height: 1.3; }
    .plot { flex: 1 1 auto; min-height: 0; position: relative; overflow: hidden; } /* a stale tooltip must not widen the page */
    .empty { flex: 1 1 auto; display: flex; align-items: center; justify-content: center; text-align: center;
             color: ${MUTED}; font-size: var(--lumo-font-size-s, 0.875rem); border: 1px dashed ${SPLIT_LINE};
             border-radius: var(--lumo-border-radius-m, 6px); padding: 8px; }
    [hidden] { display: none !important; }
  </style>
  <div class="frame">
    <div class="title" part="title"></div>
    <div class="plot" part="plot"></div>
    <div class="empty" part="empty" hidden></div>
  </div>`;

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

export class SymChart extends HTMLElement {
  private _model: ChartModel | null = null;
  private chart: ECharts | null = null;
  private engine: Engine | null = null;
  private observer: ResizeObserver | null = null;
  private frame = 0;
  private readonly titleEl: HTMLElement;
  private readonly plotEl: HTMLElement;
  private readonly emptyEl: HTMLElement;
  private readonly reducedMotion = window.matchMedia('(prefers-reduced-motion: reduce)');

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.appendChild(template.content.cloneNode(true));
    this.titleEl = root.querySelector('.title') as HTMLElement;
    this.plotEl = root.querySelector('.plot') as HTMLElement;
    this.emptyEl = root.querySelector('.empty') as HTMLElement;
  }

  get model(): ChartModel | null {
    return this._model;
  }

  set model(value: ChartModel | null) {
    this._model = value;
    this.render(true);
  }

  connectedCallback(): void {
    // A property set before this element was defined shadows the setter: take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'model')) {
      const value = (this as unknown as { model: ChartModel | null }).model;
      delete (this as unknown as { model?: unknown }).model;
      this.model = value;
    }
    // the plot, not the host: it also changes size when the empty state gives way to a chart
    this.observer = new ResizeObserver(() => this.scheduleResize());
    this.observer.observe(this.plotEl);
    this.render(true);
  }

  disconnectedCallback(): void {
    this.observer?.disconnect();
    this.observer = null;
    cancelAnimationFrame(this.frame);
    this.chart?.dispose();
    this.chart = null;
  }

  private scheduleResize(): void {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      if (this.chart) {
        this.chart.dispatchAction({ type: 'hideTip' });
        this.chart.resize({ animation: { duration: 0 } });
        this.render(false);
      } else {
        this.render(true); // first laid out, or shown again after the empty state
      }
    });
  }

  private render(replace: boolean): void {
    const model = this._model;
    if (!this.isConnected || !model) {
      return;
    }
    this.titleEl.textContent = model.title;
    this.titleEl.hidden = !model.title;
    this.setAttribute('role', 'img');
    this.setAttribute('aria-label', model.empty ? `${model.title}. ${model.emptyText}` : model.title);
    this.emptyEl.textContent = model.emptyText;
    this.emptyEl.hidden = !model.empty;
    this.plotEl.hidden = model.empty;
    if (model.empty) {
      this.chart?.clear();
      return;
    }
    const width = this.plotEl.clientWidth;
    if (width === 0) {
      return; // not laid out yet: the ResizeObserver calls back
    }
    if (!this.engine) {
      loadEngine().then((loaded) => {
        this.engine = loaded;
        this.render(true);
      });
      return;
    }
    if (!this.chart) {
      this.chart = this.engine.echarts.init(this.plotEl, null, { renderer: 'svg' });
      this.chart.on('click', (params) => this.onClick(params as unknown as ClickParams));
      replace = true;
    }
    this.chart.setOption(this.option(model, width), { notMerge: replace, lazyUpdate: true });
  }

  private onClick(params: ClickParams): void {
    const model = this._model;
    if (!model || !model.clickable) {
      return;
    }
    let categoryIndex = -1;
    let columnIndex = -1;
    if (model.type === 'heatmap') {
      // a heatmap's categories are its rows (e.g. departments); the column says which cell
      if (params.componentType === 'series' && Array.isArray(params.data)) {
        columnIndex = params.data[0] as number;
        categoryIndex = params.data[1] as number;
      } else if (params.componentType === 'yAxis') {
        categoryIndex = model.heatmap?.rows.indexOf(String(params.value)) ?? -1;
      }
    } else if (model.type === 'scatter') {
      // a scatter draws only the points that have both values: each carries its category's index
      if (params.componentType === 'series' && params.data && typeof params.data === 'object') {
        const value = (params.data as { value?: unknown[] }).value;
        categoryIndex = Array.isArray(value) ? Number(value[2]) : -1;
      }
    } else if (params.componentType === 'series') {
      categoryIndex = params.dataIndex ?? -1;
    } else if (params.componentType === 'xAxis' || params.componentType === 'yAxis') {
      categoryIndex = model.categories.indexOf(String(params.value));
    }
    if (categoryIndex >= 0) {
      this.dispatchEvent(new CustomEvent('sym-category-click', { detail: { categoryIndex, columnIndex } }));
    }
  }

  private option(model: ChartModel, width: number): EChartsCoreOption {
    const phone = width < PHONE;
    const base: Record<string, unknown> = {
      animation: !this.reducedMotion.matches,
      animationDuration: 400,
      textStyle: { fontFamily: getComputedStyle(this).fontFamily, color: TEXT, fontSize: phone ? 11 : 12 },
      tooltip: {
        confine: true,
        backgroundColor: '#ffffff',
        borderColor: SPLIT_LINE,
        textStyle: { color: TEXT, fontSize: 12 },
        extraCssText: 'box-shadow: 0 2px 8px rgba(0,0,0,.15); max-width: 280px; white-space: normal;',
      },
    };
    if (model.type === 'scatter') {
      return this.scatterOption(model, base, width, phone);
    }
    return model.type === 'heatmap' ? this.heatmapOption(model, base, width, phone) : this.seriesOption(model, base, width, phone);
  }

  /** Points on two value axes, each labelled with its category; a point lacking either value is not drawn. */
  private scatterOption(model: ChartModel, base: Record<string, unknown>, width: number, phone: boolean): EChartsCoreOption {
    const x = model.xAxis ?? { min: null, max: null, values: [], labels: [] };
    const tick = tickFormatter(model);
    const font = getComputedStyle(this).fontFamily;
    const fontSize = phone ? 11 : 12;
    const legendNames = model.series.map((s) => s.name);
    const showLegend = legendNames.length > 1;
    const legendGap = phone ? 10 : 16;
    const legendRows = showLegend ? rowsNeeded(legendNames.map((n) => 22 + 5 + textWidth(n, fontSize, font) + legendGap), width) : 0;
    const axis = (name: string | null, min: number | null, max: number | null, gap: number) => ({
      type: 'value',
      name,
      nameLocation: 'middle',
      nameGap: gap,
      nameTextStyle: { color: MUTED },
      min,
      max,
      splitNumber: 5,
      axisLine: { lineStyle: { color: AXIS_LINE } },
      axisLabel: { color: MUTED, formatter: tick, hideOverlap: true },
      splitLine: { lineStyle: { color: SPLIT_LINE } },
    });
    const series = model.series.map((s, seriesIndex) => ({
      name: s.name,
      type: 'scatter',
      color: s.color,
      symbolSize: phone ? 10 : 12,
      cursor: model.clickable ? 'pointer' : 'default',
      itemStyle: { color: s.color, borderColor: '#ffffff', borderWidth: 1 },
      emphasis: { focus: 'none' },
      label: { show: true, position: 'right', color: TEXT, fontSize: 11, distance: 4,
               formatter: (p: { data: { value: number[] } }) => model.categories[p.data.value[2]] ?? '' },
      labelLayout: { hideOverlap: true },
      data: model.categories
        .map((_, i) => ({ i, xv: x.values[i], yv: s.values[i] }))
        .filter((p) => p.xv !== null && p.xv !== undefined && p.yv !== null && p.yv !== undefined)
        .map((p) => ({ value: [p.xv as number, p.yv as number, p.i, seriesIndex] })),
    }));
    return {
      ...base,
      color: model.series.map((s) => s.color),
      legend: {
        show: showLegend,
        type: 'plain',
        top: 0,
        left: 0,
        width: width - 8,
        itemGap: legendGap,
        textStyle: { color: TEXT, fontSize },
        data: legendNames,
      },
      grid: {
        top: showLegend ? legendRows * (14 + legendGap) + 12 : 12,
        left: model.yAxis.name ? 28 : 4,
        right: phone ? 48 : 96, // room for the labels of the rightmost points
        bottom: model.xAxisName ? 30 : 4,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      tooltip: {
        ...(base.tooltip as object),
        trigger: 'item',
        formatter: (p: { data: { value: number[] }; marker: string }) => {
          const i = p.data.value[2];
          const s = model.series[p.data.value[3]];
          let html = `<div style="font-weight:600;margin-bottom:4px">${escape(model.categories[i] ?? '')}</div>`;
          html += `<div style="display:flex;gap:12px;justify-content:space-between">`
            + `<span>${escape(model.xAxisName ?? '')}</span><strong>${escape(x.labels[i] ?? '—')}</strong></div>`;
          if (s) {
            const figure = [s.labels[i] ?? '—', s.annotations[i]].filter((v) => v).join(' ');
            html += `<div style="display:flex;gap:12px;justify-content:space-between">`
              + `<span>${p.marker}${escape(model.yAxis.name ?? s.name)}</span><strong>${escape(figure)}</strong></div>`;
          }
          return html;
        },
      },
      xAxis: axis(model.xAxisName, x.min, x.max, 28),
      yAxis: axis(model.yAxis.name, model.yAxis.min, model.yAxis.max, 40),
      series,
    };
  }

  private seriesOption(model: ChartModel, base: Record<string, unknown>, width: number, phone: boolean): EChartsCoreOption {
    const horizontal = model.type === 'hbar';
    const bars = model.type !== 'line';
    const tick = tickFormatter(model);
    const anyLabels = model.series.some((s) => s.valueLabels);
    const font = getComputedStyle(this).fontFamily;
    const fontSize = phone ? 11 : 12;
    const legendNames = [...model.series.map((s) => s.name), ...model.referenceLines.map((r) => r.name)];
    const showLegend = legendNames.length > 1;
    const legendGap = phone ? 10 : 16;
    const legendRows = showLegend ? rowsNeeded(legendNames.map((n) => 22 + 5 + textWidth(n, fontSize, font) + legendGap), width) : 0;
    // vertical bars: labels side by side when they fit, broken at spaces when each word fits, slanted otherwise
    const slot = Math.floor((width - 72) / Math.max(1, model.categories.length)) - 6;
    const widestLabel = Math.max(0, ...model.categories.map((c) => textWidth(c, fontSize, font)));
    const widestWord = Math.max(0, ...model.categories.flatMap((c) => c.split(/\s+/)).map((w) => textWidth(w, fontSize, font)));
    const columnLabel = widestLabel <= slot || widestWord <= slot
      ? { interval: 0, width: slot, overflow: 'break' }
      : { interval: 0, rotate: 35, width: 96, overflow: 'truncate' };
    const categoryAxis = {
      type: 'category',
      data: model.categories,
      name: horizontal ? null : model.xAxisName,
      nameLocation: 'middle',
      nameGap: 28,
      nameTextStyle: { color: MUTED },
      boundaryGap: bars,
      inverse: horizontal, // ranked lists read from the top
      triggerEvent: model.clickable,
      axisLine: { lineStyle: { color: AXIS_LINE } },
      axisTick: { show: false },
      axisLabel: horizontal
        ? { color: TEXT, width: Math.round(width * (phone ? 0.36 : 0.3)), overflow: 'break', lineHeight: 13, interval: 0 }
        : model.type === 'line'
          ? { color: MUTED, hideOverlap: true, interval: 'auto' }
          : { color: MUTED, ...columnLabel },
    };
    const valueAxis = {
      type: 'value',
      name: model.yAxis.name,
      nameLocation: 'middle',
      nameGap: horizontal ? 28 : 40,
      nameTextStyle: { color: MUTED },
      min: model.yAxis.min,
      max: model.yAxis.max,
      splitNumber: 5,
      axisLabel: { color: MUTED, formatter: tick, hideOverlap: true },
      splitLine: { lineStyle: { color: SPLIT_LINE } },
    };
    const series = model.series.map((s) => this.seriesEntry(model, s, horizontal));
    return {
      ...base,
      color: model.series.map((s) => s.color),
      legend: {
        show: showLegend,
        type: 'plain', // wraps on a phone rather than hiding entries behind arrows
        top: 0,
        left: 0,
        width: width - 8,
        itemWidth: 22,
        itemHeight: 10,
        itemGap: legendGap,
        textStyle: { color: TEXT, fontSize },
        data: legendNames,
      },
      grid: {
        top: showLegend ? legendRows * (14 + legendGap) + 12 : 12,
        left: model.yAxis.name && !horizontal ? 28 : 4,
        right: horizontal && anyLabels ? 56 : 16,
        bottom: !horizontal && model.xAxisName ? 30 : 4,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      tooltip: {
        ...(base.tooltip as object),
        trigger: 'axis',
        axisPointer: { type: bars ? 'shadow' : 'line' },
        formatter: (params: unknown) => this.axisTooltip(model, params as TooltipParam[]),
      },
      xAxis: horizontal ? valueAxis : categoryAxis,
      yAxis: horizontal ? categoryAxis : valueAxis,
      series: [...series, ...this.referenceSeries(model, horizontal)],
    };
  }

  private seriesEntry(model: ChartModel, s: SeriesModel, horizontal: boolean): Record<string, unknown> {
    const asLine = model.type === 'line' || s.dashed; // in a bar chart, a dashed series is a reference line
    const labelAt = (i: number): string => {
      const parts = [s.valueLabels ? s.labels[i] : null, s.annotations[i]].filter((p) => p);
      return parts.join(' ');
    };
    const data = s.values.map((v, i) => ({
      value: v,
      label: { show: v !== null && labelAt(i) !== '', formatter: () => labelAt(i) },
    }));
    const entry: Record<string, unknown> = {
      name: s.name,
      type: asLine ? 'line' : 'bar',
      data,
      color: s.color,
      z: asLine ? 3 : 2,
      cursor: model.clickable && !asLine ? 'pointer' : 'default',
      emphasis: { focus: 'none' },
      label: {
        position: asLine ? 'top' : horizontal ? 'right' : 'top',
        color: asLine ? s.color : TEXT,
        fontSize: 11,
        distance: 4,
      },
      labelLayout: { hideOverlap: true },
    };
    if (asLine) {
      Object.assign(entry, {
        connectNulls: false,
        smooth: false,
        showSymbol: s.markers,
        symbol: 'circle',
        symbolSize: 7,
        lineStyle: { width: s.dashed ? 2 : 2.5, type: s.dashed ? [6, 4] : 'solid' },
        // without markers the dot is transparent, also in the legend: a reference line shows as a dashed line only
        itemStyle: { color: s.color, borderColor: '#ffffff', borderWidth: 1, opacity: s.markers ? 1 : 0 },
      });
    } else {
      Object.assign(entry, {
        stack: s.stacked ? 'total' : undefined,
        barMaxWidth: 48,
        barCategoryGap: '30%',
        itemStyle: { color: s.color, borderRadius: s.stacked ? 0 : horizontal ? [0, 3, 3, 0] : [3, 3, 0, 0] },
      });
    }
    return entry;
  }

  /** Each reference line (e.g. the company average) as an empty series carrying one markLine: own legend entry. */
  private referenceSeries(model: ChartModel, horizontal: boolean): Record<string, unknown>[] {
    return model.referenceLines.map((r) => ({
      name: r.name,
      type: 'line',
      data: [],
      color: r.color,
      itemStyle: { color: r.color, opacity: 0 },
      lineStyle: { type: [6, 4], width: 2 },
      markLine: {
        silent: true,
        symbol: 'none',
        animation: false,
        lineStyle: { color: r.color, type: [6, 4], width: 2 },
        label: { show: true, formatter: r.label, color: r.color, position: horizontal ? 'start' : 'insideEndTop', fontSize: 11 },
        data: [horizontal ? { xAxis: r.value } : { yAxis: r.value }],
      },
    }));
  }

  private axisTooltip(model: ChartModel, params: TooltipParam[]): string {
    if (params.length === 0) {
      return '';
    }
    const index = params[0].dataIndex;
    let html = `<div style="font-weight:600;margin-bottom:4px">${escape(model.categories[index] ?? '')}</div>`;
    for (const p of params) {
      const s = model.series[p.seriesIndex];
      if (!s) {
        continue;
      }
      const figure = [s.labels[index] ?? '—', s.annotations[index]].filter((x) => x).join(' ');
      html += `<div style="display:flex;gap:12px;justify-content:space-between">`
        + `<span>${p.marker}${escape(s.name)}</span><strong>${escape(figure)}</strong></div>`;
    }
    for (const r of model.referenceLines) {
      html += `<div style="display:flex;gap:12px;justify-content:space-between;color:${MUTED}">`
        + `<span>${escape(r.name)}</span><span>${escape(r.label)}</span></div>`;
    }
    return html;
  }

  private heatmapOption(model: ChartModel, base: Record<string, unknown>, width: number, phone: boolean): EChartsCoreOption {
    const h = model.heatmap as HeatmapModel;
    const rowLabelWidth = Math.round(width * (phone ? 0.3 : 0.22));
    const cellWidth = Math.max(24, Math.floor((width - rowLabelWidth - 16) / Math.max(1, h.columns.length)));
    const shown = h.cells.filter((c) => c[2] !== null);
    const hidden = h.cells.filter((c) => c[2] === null);
    const labelOf = new Map<string, string | null>(h.cells.map((c) => [`${c[0]}:${c[1]}`, c[3]]));
    const span = h.max - h.min;
    const font = getComputedStyle(this).fontFamily;
    const widestWord = Math.max(0, ...h.columns.flatMap((c) => c.split(/\s+/)).map((w) => textWidth(w, phone ? 11 : 12, font)));
    const columnsFit = widestWord <= cellWidth - 6; // else the column names slant
    return {
      ...base,
      tooltip: {
        ...(base.tooltip as object),
        trigger: 'item',
        formatter: (p: unknown) => {
          const item = p as { seriesIndex: number; value: [number, number, number] };
          const [column, row] = item.value;
          const label = item.seriesIndex === 1 ? h.hiddenText : labelOf.get(`${column}:${row}`) ?? '';
          return `<div style="font-weight:600">${escape(h.rows[row] ?? '')}</div>`
            + `<div>${escape(h.columns[column] ?? '')} : <strong>${escape(label)}</strong></div>`;
        },
      },
      grid: { top: 8, left: 4, right: 8, bottom: 44, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' },
      xAxis: {
        type: 'category',
        data: h.columns,
        position: 'top',
        triggerEvent: false,
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: columnsFit
          ? { color: TEXT, interval: 0, width: cellWidth - 4, overflow: 'break', lineHeight: 13 }
          : { color: TEXT, interval: 0, rotate: 40, width: 110, overflow: 'truncate' },
        splitArea: { show: false },
      },
      yAxis: {
        type: 'category',
        data: h.rows,
        inverse: true,
        triggerEvent: model.clickable,
        axisLine: { show: false },
        axisTick: { show: false },
        axisLabel: { color: TEXT, interval: 0, width: rowLabelWidth, overflow: 'break', lineHeight: 13 },
      },
      visualMap: [{
        type: 'continuous',
        seriesIndex: 0,
        min: h.min,
        max: h.max,
        calculable: false,
        orient: 'horizontal',
        left: 'center',
        bottom: 0,
        itemWidth: 10,
        itemHeight: Math.min(180, width * 0.5),
        text: [h.maxLabel, h.minLabel],
        textStyle: { color: MUTED, fontSize: 11 },
        inRange: { color: HEATMAP_SCALE },
      }, {
        // ECharts draws a heatmap only through a visualMap: the hidden cells get their own, invisible, all grey
        type: 'continuous',
        seriesIndex: 1,
        show: false,
        min: 0,
        max: 1,
        inRange: { color: [HIDDEN_CELL, HIDDEN_CELL] },
      }],
      series: [
        {
          type: 'heatmap',
          data: shown.map((c) => ({
            value: [c[0], c[1], c[2]],
            label: { color: labelColor(scaleColor(((c[2] as number) - h.min) / span)) },
          })),
          cursor: model.clickable ? 'pointer' : 'default',
          itemStyle: { borderColor: '#ffffff', borderWidth: 2, borderRadius: 3 },
          label: {
            show: true,
            fontSize: phone ? 10 : 12,
            formatter: (p: { value: [number, number, number] }) => labelOf.get(`${p.value[0]}:${p.value[1]}`) ?? '',
          },
          emphasis: { itemStyle: { borderColor: TEXT, borderWidth: 1 } },
        },
        {
          type: 'heatmap',
          data: hidden.map((c) => [c[0], c[1], 0]), // a value, or ECharts draws nothing; the scale ignores this series
          cursor: model.clickable ? 'pointer' : 'default',
          itemStyle: {
            color: HIDDEN_CELL,
            borderColor: '#ffffff',
            borderWidth: 2,
            borderRadius: 3,
            decal: { symbol: 'rect', symbolSize: 1, color: 'rgba(0,0,0,0.10)', dashArrayX: [1, 0], dashArrayY: [2, 4], rotation: -Math.PI / 4 },
          },
          label: { show: true, formatter: '–', color: MUTED, fontSize: 12 },
          emphasis: { itemStyle: { borderColor: TEXT, borderWidth: 1 } },
        },
      ],
    };
  }
}

interface ClickParams {
  componentType: string;
  dataIndex?: number;
  data?: unknown;
  value?: unknown;
}

interface TooltipParam {
  seriesIndex: number;
  dataIndex: number;
  marker: string;
}

let measuring: CanvasRenderingContext2D | null = null;

/** The width of a label as the chart will draw it. */
function textWidth(text: string, size: number, font: string): number {
  measuring ??= document.createElement('canvas').getContext('2d');
  if (!measuring) {
    return text.length * size * 0.6;
  }
  measuring.font = `${size}px ${font}`;
  return measuring.measureText(text).width;
}

/** How many rows items of these widths take when they wrap at the given width. */
function rowsNeeded(widths: number[], width: number): number {
  let rows = 1;
  let used = 0;
  for (const w of widths) {
    if (used > 0 && used + w > width) {
      rows++;
      used = 0;
    }
    used += w;
  }
  return rows;
}

/** The heatmap colour at t (0 = min, 1 = max), interpolated as the visualMap does. */
function scaleColor(t: number): [number, number, number] {
  const clamped = Math.min(1, Math.max(0, Number.isFinite(t) ? t : 0));
  const position = clamped * (HEATMAP_SCALE.length - 1);
  const i = Math.min(HEATMAP_SCALE.length - 2, Math.floor(position));
  const [a, b] = [rgb(HEATMAP_SCALE[i]), rgb(HEATMAP_SCALE[i + 1])];
  const f = position - i;
  return [0, 1, 2].map((k) => a[k] + (b[k] - a[k]) * f) as [number, number, number];
}

function rgb(hex: string): [number, number, number] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number];
}

/** White on dark cells, dark text on light ones (relative luminance). */
function labelColor([r, g, b]: [number, number, number]): string {
  const linear = (v: number) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  const luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  return luminance < 0.3 ? '#ffffff' : TEXT;
}

/** Axis ticks in the model's locale: "50 %" / "50%" for percentages (values are 0–100), up to one decimal. */
function tickFormatter(model: ChartModel): (value: number) => string {
  const percent = model.format === 'percent';
  const format = new Intl.NumberFormat(model.locale, percent
    ? { style: 'percent', maximumFractionDigits: 1 }
    : { maximumFractionDigits: 1 });
  return (value: number) => format.format(percent ? value / 100 : value);
}

if (!customElements.get('sym-chart')) {
  customElements.define('sym-chart', SymChart);
}

declare global {
  interface HTMLElementTagNameMap {
    'sym-chart': SymChart;
  }
}
