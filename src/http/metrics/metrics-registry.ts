// A small Prometheus registry: counters and histograms with labels, gauges read at scrape time,
// rendered in the text exposition format (version 0.0.4).

type Labels = Readonly<Record<string, string>>;

/** The content type of the Prometheus text format. */
export const PROMETHEUS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

const escapeHelp = (s: string) => s.replace(/\\/g, '\\\\').replace(/\n/g, '\\n');
const escapeValue = (s: string) =>
  s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
const formatNumber = (n: number) =>
  Number.isNaN(n) ? 'NaN' : n === Infinity ? '+Inf' : n === -Infinity ? '-Inf' : String(n);

function formatLabels(labels: Labels, extra?: readonly [string, string]): string {
  const pairs = Object.entries(labels).map(([k, v]) => `${k}="${escapeValue(v)}"`);
  if (extra) pairs.push(`${extra[0]}="${escapeValue(extra[1])}"`);
  return pairs.length === 0 ? '' : `{${pairs.join(',')}}`;
}

/** Series key: label values in insertion order (one metric always uses the same label names). */
const keyOf = (labels: Labels) => Object.values(labels).join('\u0000');

/** A monotonically increasing count per label set. */
export class Counter {
  private readonly values = new Map<string, { labels: Labels; value: number }>();

  constructor(
    readonly name: string,
    readonly help: string,
  ) {}

  /** Adds `by` (default 1) to the series with these labels. */
  inc(labels: Labels = {}, by = 1): void {
    const key = keyOf(labels);
    const series = this.values.get(key);
    if (series) series.value += by;
    else this.values.set(key, { labels, value: by });
  }

  /** The current value of one series (0 when never incremented). */
  get(labels: Labels = {}): number {
    return this.values.get(keyOf(labels))?.value ?? 0;
  }

  /** The metric in the text format. */
  render(): string {
    const lines = [`# HELP ${this.name} ${escapeHelp(this.help)}`, `# TYPE ${this.name} counter`];
    for (const { labels, value } of this.values.values()) {
      lines.push(`${this.name}${formatLabels(labels)} ${formatNumber(value)}`);
    }
    return lines.join('\n');
  }
}

interface HistogramSeries {
  readonly labels: Labels;
  readonly counts: number[];
  sum: number;
  count: number;
}

/** Observations counted into cumulative buckets per label set. */
export class Histogram {
  private readonly series = new Map<string, HistogramSeries>();

  constructor(
    readonly name: string,
    readonly help: string,
    readonly buckets: readonly number[],
  ) {}

  /** Records one observation for the series with these labels. */
  observe(labels: Labels, value: number): void {
    const key = keyOf(labels);
    let s = this.series.get(key);
    if (!s) {
      s = { labels, counts: new Array<number>(this.buckets.length).fill(0), sum: 0, count: 0 };
      this.series.set(key, s);
    }
    for (let i = 0; i < this.buckets.length; i++) {
      if (value <= this.buckets[i]!) {
        s.counts[i]! += 1;
        break;
      }
    }
    s.sum += value;
    s.count += 1;
  }

  /** The metric in the text format (buckets cumulative, then +Inf, sum and count). */
  render(): string {
    const lines = [`# HELP ${this.name} ${escapeHelp(this.help)}`, `# TYPE ${this.name} histogram`];
    for (const s of this.series.values()) {
      let cumulative = 0;
      this.buckets.forEach((le, i) => {
        cumulative += s.counts[i]!;
        lines.push(
          `${this.name}_bucket${formatLabels(s.labels, ['le', formatNumber(le)])} ${cumulative}`,
        );
      });
      lines.push(`${this.name}_bucket${formatLabels(s.labels, ['le', '+Inf'])} ${s.count}`);
      lines.push(`${this.name}_sum${formatLabels(s.labels)} ${formatNumber(s.sum)}`);
      lines.push(`${this.name}_count${formatLabels(s.labels)} ${s.count}`);
    }
    return lines.join('\n');
  }
}

/** A value (or one value per label set) read when the metrics are scraped. */
export interface GaugeSpec {
  readonly name: string;
  readonly help: string;
  readonly type?: 'gauge' | 'counter';
  readonly read: () => number | readonly (readonly [Labels, number])[];
}

/** Holds the metrics of one server and renders them for GET /metrics. */
export class MetricsRegistry {
  private readonly metrics: (Counter | Histogram)[] = [];
  private readonly gauges: GaugeSpec[] = [];

  /** Creates and registers a counter. */
  counter(name: string, help: string): Counter {
    const c = new Counter(name, help);
    this.metrics.push(c);
    return c;
  }

  /** Creates and registers a histogram with these upper bucket bounds (ascending). */
  histogram(name: string, help: string, buckets: readonly number[]): Histogram {
    const h = new Histogram(name, help, buckets);
    this.metrics.push(h);
    return h;
  }

  /** Registers a gauge read at scrape time. */
  gauge(spec: GaugeSpec): void {
    this.gauges.push(spec);
  }

  /** Every metric in the Prometheus text format, ending with a newline. */
  render(): string {
    const parts = this.metrics.map((m) => m.render());
    for (const g of this.gauges) {
      const value = g.read();
      const lines = [
        `# HELP ${g.name} ${escapeHelp(g.help)}`,
        `# TYPE ${g.name} ${g.type ?? 'gauge'}`,
      ];
      if (typeof value === 'number') lines.push(`${g.name} ${formatNumber(value)}`);
      else
        for (const [labels, v] of value)
          lines.push(`${g.name}${formatLabels(labels)} ${formatNumber(v)}`);
      parts.push(lines.join('\n'));
    }
    return `${parts.join('\n')}\n`;
  }
}
