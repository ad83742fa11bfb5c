import { LitElement, css, html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Chart, ChartConfiguration, ChartDataset, Plugin } from 'chart.js';

/** What the server sends (vn.langso.ui.Chart): one object, so a change redraws the chart once. */
export interface ChartConfig {
  kind: 'bar' | 'hbar' | 'line';
  labels: string[];
  series: { name: string; values: (number | null)[]; colour?: string | null }[];
  /** Appended to every value shown, e.g. '%'. */
  unit: string;
  max?: number | null;
  target?: { value: number; label: string } | null;
  ariaLabel: string;
}

type Engine = typeof import('./lang-chart-engine');

/**
 * chart.js comes in its own chunk on first use, so pages without a chart never download it. A failed download
 * (no signal) is forgotten, and the next chart tries again.
 */
let engine: Promise<Engine> | undefined;
const loadEngine = () =>
  (engine ??= import('./lang-chart-engine').catch((error) => {
    engine = undefined;
    throw error;
  }));

/** Okabe–Ito colours that tell apart with any colour vision, each at least 3:1 against white. */
const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#5F5F5F'];
/** Line charts also mark each series with its own point shape, so colour is never the only clue. */
const POINTS = ['circle', 'rect', 'triangle', 'rectRot', 'crossRot'] as const;
const INK = '#1b1f1d';
const MUTED = '#3f4a45';
const GRID = 'rgba(27, 31, 29, 0.12)';
/** About how wide a character of the chart's font is, for splitting labels into lines that fit. */
const CHAR_WIDTH = 0.55;

interface ChartLook {
  unit: string;
  format: (value: number) => string;
  target?: { value: number; label: string } | null;
}

/** Dashed line at the target, with its label, across bars or lines (a vertical line for horizontal bars). */
const targetLine: Plugin = {
  id: 'langTarget',
  afterDatasetsDraw(chart, _args, look: ChartLook) {
    const target = look.target;
    if (!target) return;
    const across = chart.options.indexAxis === 'y';
    const scale = across ? chart.scales.x : chart.scales.y;
    const at = scale.getPixelForValue(target.value);
    const { ctx, chartArea: area } = chart;
    const font = chart.options.font as { family?: string; size?: number } | undefined;
    const size = font?.size ?? 14;
    ctx.save();
    ctx.strokeStyle = INK;
    ctx.lineWidth = 2;
    ctx.setLineDash([6, 4]);
    ctx.beginPath();
    if (across) {
      ctx.moveTo(at, area.top - size * 0.4);
      ctx.lineTo(at, area.bottom);
    } else {
      ctx.moveTo(area.left, at);
      ctx.lineTo(area.right, at);
    }
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.font = `700 ${size}px ${font?.family ?? 'sans-serif'}`;
    ctx.textBaseline = 'bottom';
    const text = `${target.label} ${look.format(target.value)}${look.unit}`;
    const width = ctx.measureText(text).width;
    const pad = 3;
    let x: number;
    let y: number;
    if (across) {
      // Above the chart area, in the room left for it, beside the line and never past the edges.
      x = Math.min(Math.max(at - width / 2, area.left), area.right - width);
      y = area.top - size * 0.5;
    } else {
      x = area.right - width - pad;
      y = at - pad - 1 < area.top + size + pad ? at + size + 2 * pad : at - pad - 1;
    }
    ctx.fillStyle = 'rgba(255, 255, 255, 0.9)';
    ctx.fillRect(x - pad, y - size - pad, width + 2 * pad, size + 2 * pad);
    ctx.fillStyle = INK;
    ctx.fillText(text, x, y);
    ctx.restore();
  },
};

/** The value at the end of each horizontal bar: a ranking reads without tapping every row. */
const barValues: Plugin = {
  id: 'langBarValues',
  afterDatasetsDraw(chart, _args, look: ChartLook) {
    if (chart.options.indexAxis !== 'y') return;
    const { ctx } = chart;
    const font = chart.options.font as { family?: string; size?: number } | undefined;
    ctx.save();
    ctx.font = `${font?.size ?? 14}px ${font?.family ?? 'sans-serif'}`;
    ctx.fillStyle = INK;
    ctx.strokeStyle = 'white';
    ctx.lineWidth = 3;
    ctx.textBaseline = 'middle';
    chart.data.datasets.forEach((dataset, i) => {
      if (!chart.isDatasetVisible(i)) return;
      chart.getDatasetMeta(i).data.forEach((bar, j) => {
        const value = dataset.data[j];
        // A place without data shows a dash, not an empty row that reads as zero.
        const text = typeof value === 'number' ? look.format(value) + look.unit : '–';
        // A white edge keeps the text readable where the target line crosses it.
        ctx.strokeText(text, bar.x + 4, bar.y);
        ctx.fillText(text, bar.x + 4, bar.y);
      });
    });
    ctx.restore();
  },
};

/** Long names split at spaces into lines of about `chars` characters (chart.js draws an array as lines). */
function wrap(label: string, chars: number): string | string[] {
  if (label.length <= chars) return label;
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + word.length <= chars) lines[last] += ' ' + word;
    else lines.push(word);
  }
  return lines;
}

/**
 * A bar, horizontal bar or line chart for the leaders' dashboards, drawn by chart.js on a canvas. The server sets
 * one `config` object; a new one redraws the same chart. Fills its container's width; the height comes from CSS
 * (`--lang-chart-height`), and a horizontal bar chart grows a row per place so a long list stays readable on a
 * phone. No animations: cheap phones draw it once and are done.
 */
@customElement('lang-chart')
export class LangChart extends LitElement {
  @property({ attribute: false }) config?: ChartConfig;
  @state() private failed = false;
  private chart?: Chart;
  private drawnKind?: ChartConfig['kind'];
  /** The width the labels were split for: a phone turned sideways splits them again. */
  private drawnWidth = 0;

  connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.draw();
  }

  disconnectedCallback(): void {
    this.chart?.destroy();
    this.chart = undefined;
    super.disconnectedCallback();
  }

  protected willUpdate(changed: Map<PropertyKey, unknown>): void {
    this.toggleAttribute('failed', this.failed);
    if (!changed.has('config')) return;
    const config = this.config;
    this.setAttribute('kind', config?.kind ?? 'bar');
    if (config?.kind === 'hbar') {
      const rowsPerPlace = 1 + 0.5 * Math.max(0, config.series.length - 1);
      this.style.setProperty('--lang-chart-rows', String(Math.max(3, config.labels.length * rowsPerPlace)));
    } else {
      this.style.removeProperty('--lang-chart-rows');
    }
  }

  protected updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('config')) this.draw();
  }

  private async draw() {
    if (!this.config) return;
    let chartJs: Engine;
    try {
      chartJs = await loadEngine();
    } catch {
      this.failed = true;
      return;
    }
    this.failed = false;
    await this.updateComplete;
    const config = this.config;
    const canvas = this.renderRoot.querySelector('canvas');
    if (!this.isConnected || !config || !canvas) return;
    // Nothing awaits from here on, so two draws in a row cannot both create a chart.
    const settings = this.settings(config);
    if (this.chart && this.drawnKind === config.kind) {
      this.chart.data = settings.data;
      this.chart.options = settings.options!;
      this.chart.update('none');
      return;
    }
    this.chart?.destroy();
    this.chart = new chartJs.Chart(canvas, settings);
    this.drawnKind = config.kind;
  }

  private settings(config: ChartConfig): ChartConfiguration<'bar' | 'line'> {
    const style = getComputedStyle(this);
    const font = { family: style.fontFamily, size: 14 };
    const across = config.kind === 'hbar';
    const line = config.kind === 'line';
    const numbers = new Intl.NumberFormat(document.documentElement.lang || 'vi', { maximumFractionDigits: 1 });
    const look: ChartLook = { unit: config.unit, format: (value) => numbers.format(value), target: config.target };
    const withUnit = (value: number | string) => look.format(Number(value)) + config.unit;
    // Every bar's label is shown, on as many lines as it takes: a horizontal bar's label gets 40 % of the width,
    // an upright bar's the width of its group. Months on a line chart are short, and chart.js skips some if need be.
    const width = (this.drawnWidth = this.clientWidth);
    const lineChars = Math.floor((across ? 0.4 * width : (width - 3 * font.size) / config.labels.length) / (CHAR_WIDTH * font.size));
    const highest = Math.max(0, ...config.series.flatMap((s) => s.values.map((v) => v ?? 0)));
    const datasets = config.series.map((series, i): ChartDataset<'bar' | 'line'> => {
      const colour = series.colour || PALETTE[i % PALETTE.length];
      return {
        label: series.name,
        data: series.values,
        backgroundColor: colour,
        borderColor: colour,
        ...(line
          ? { borderWidth: 2.5, pointRadius: 3.5, pointHoverRadius: 6, pointHitRadius: 12, pointStyle: POINTS[i % POINTS.length], spanGaps: false }
          : { maxBarThickness: across ? 28 : 48, barPercentage: 0.85, categoryPercentage: 0.8 }),
      } as ChartDataset<'bar' | 'line'>;
    });
    const valueAxis = {
      beginAtZero: true,
      max: config.max ?? undefined,
      suggestedMax: config.target ? Math.max(highest, config.target.value) : undefined,
      grid: { color: GRID },
      border: { display: false },
      ticks: { callback: withUnit, maxTicksLimit: 6, color: MUTED, font },
    };
    const categoryAxis = {
      grid: { display: false },
      ticks: { autoSkip: line, maxRotation: 0, color: INK, font },
    };
    return {
      type: line ? 'line' : 'bar',
      data: { labels: line ? config.labels : config.labels.map((label) => wrap(label, Math.max(6, lineChars))), datasets },
      options: {
        indexAxis: across ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        onResize: (_chart, size) => Math.abs(size.width - this.drawnWidth) > 40 && !line && this.draw(),
        font,
        color: INK,
        layout: { padding: { top: config.target && across ? font.size * 1.8 : 4, right: across ? font.size * 3.2 : line ? font.size : 4 } },
        interaction: { mode: 'index', intersect: false, axis: across ? 'y' : 'x' },
        scales: across ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: { display: config.series.length > 1, position: 'top', labels: { color: INK, font, usePointStyle: line, boxWidth: line ? 8 : 14, boxHeight: line ? 8 : 14 } },
          tooltip: {
            titleFont: { ...font, weight: 'bold' },
            bodyFont: font,
            callbacks: {
              title: (items) => (items.length ? config.labels[items[0].dataIndex] : ''),
              label: (item) => `${item.dataset.label}: ${item.raw == null ? '–' : withUnit(item.raw as number)}`,
            },
          },
          langTarget: look,
          langBarValues: look,
        },
      },
      plugins: [targetLine, barValues],
    } as ChartConfiguration<'bar' | 'line'>;
  }

  static styles = css`
    :host { display: block; position: relative; width: 100%; height: var(--lang-chart-height, 16rem); }
    :host([kind='hbar']) { height: calc(var(--lang-chart-rows, 5) * var(--lang-chart-row, 2.4rem) + 4rem); }
    :host([failed]) { height: auto; }
    :host([hidden]) { display: none; }
    .box { position: relative; width: 100%; height: 100%; }
    canvas { display: block; }
    .fallback {
      margin: 0; padding: var(--lumo-space-m, 1rem); height: 100%; box-sizing: border-box;
      border: 1px dashed var(--lumo-contrast-30pct, #b3b8b6); border-radius: var(--lumo-border-radius-m, 0.25rem);
      color: var(--lumo-secondary-text-color, #3f4a45);
    }
  `;

  render() {
    const label = this.config?.ariaLabel ?? '';
    if (this.failed) return html`<p class="fallback">${label}</p>`;
    return html`<div class="box"><canvas role="img" aria-label=${label}></canvas></div>`;
  }
}
