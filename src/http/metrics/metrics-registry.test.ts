import { describe, expect, it } from 'vitest';
import { MetricsRegistry } from './metrics-registry.js';

describe('MetricsRegistry', () => {
  it('renders counters per label set with escaped label values', () => {
    const r = new MetricsRegistry();
    const c = r.counter('jobs_total', 'Jobs done.');
    c.inc({ kind: 'a"b\\c' });
    c.inc({ kind: 'a"b\\c' }, 2);
    c.inc({ kind: 'plain' });
    expect(c.get({ kind: 'a"b\\c' })).toBe(3);
    expect(r.render()).toBe(
      '# HELP jobs_total Jobs done.\n# TYPE jobs_total counter\n' +
        'jobs_total{kind="a\\"b\\\\c"} 3\njobs_total{kind="plain"} 1\n',
    );
  });

  it('renders histograms with cumulative buckets, +Inf, sum and count', () => {
    const r = new MetricsRegistry();
    const h = r.histogram('latency_seconds', 'Latency.', [0.1, 1]);
    for (const v of [0.05, 0.1, 0.5, 3]) h.observe({ route: '/x' }, v);
    expect(r.render().split('\n')).toEqual([
      '# HELP latency_seconds Latency.',
      '# TYPE latency_seconds histogram',
      'latency_seconds_bucket{route="/x",le="0.1"} 2',
      'latency_seconds_bucket{route="/x",le="1"} 3',
      'latency_seconds_bucket{route="/x",le="+Inf"} 4',
      'latency_seconds_sum{route="/x"} 3.65',
      'latency_seconds_count{route="/x"} 4',
      '',
    ]);
  });

  it('reads gauges at render time, with or without labels', () => {
    const r = new MetricsRegistry();
    let n = 1;
    r.gauge({ name: 'things', help: 'Things.', read: () => n });
    r.gauge({ name: 'lag', help: 'Lag.', read: () => [[{ q: '0.5' }, 0.25]] });
    n = 7;
    const text = r.render();
    expect(text).toContain('# TYPE things gauge\nthings 7\n');
    expect(text).toContain('lag{q="0.5"} 0.25');
  });
});
