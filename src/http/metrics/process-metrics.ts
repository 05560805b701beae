import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { MetricsRegistry } from './metrics-registry.js';

/**
 * Registers the usual process metrics (CPU, memory, heap, start time, event-loop delay, open
 * handles) under the names Prometheus' own client uses; returns a function that stops sampling.
 */
export function registerProcessMetrics(registry: MetricsRegistry, now: () => number): () => void {
  const loop = monitorEventLoopDelay({ resolution: 20 });
  loop.enable();
  const startTimeSeconds = Math.round(now() / 1000 - process.uptime());
  const ns = 1e9;
  registry.gauge({
    name: 'process_cpu_user_seconds_total',
    help: 'User CPU time spent in seconds.',
    type: 'counter',
    read: () => process.cpuUsage().user / 1e6,
  });
  registry.gauge({
    name: 'process_cpu_system_seconds_total',
    help: 'System CPU time spent in seconds.',
    type: 'counter',
    read: () => process.cpuUsage().system / 1e6,
  });
  registry.gauge({
    name: 'process_start_time_seconds',
    help: 'Start time of the process since unix epoch in seconds.',
    read: () => startTimeSeconds,
  });
  registry.gauge({
    name: 'process_resident_memory_bytes',
    help: 'Resident memory size in bytes.',
    read: () => process.memoryUsage.rss(),
  });
  registry.gauge({
    name: 'nodejs_heap_size_used_bytes',
    help: 'Process heap size used from Node.js in bytes.',
    read: () => process.memoryUsage().heapUsed,
  });
  registry.gauge({
    name: 'nodejs_heap_size_total_bytes',
    help: 'Process heap size from Node.js in bytes.',
    read: () => process.memoryUsage().heapTotal,
  });
  registry.gauge({
    name: 'nodejs_external_memory_bytes',
    help: 'Node.js external memory size in bytes.',
    read: () => process.memoryUsage().external,
  });
  registry.gauge({
    name: 'nodejs_eventloop_lag_seconds',
    help: 'Event-loop delay percentiles since start, in seconds.',
    read: () => [
      [{ quantile: '0.5' }, loop.percentile(50) / ns],
      [{ quantile: '0.99' }, loop.percentile(99) / ns],
      [{ quantile: '1' }, loop.max / ns],
    ],
  });
  registry.gauge({
    name: 'nodejs_active_resources',
    help: 'Number of active resources keeping the event loop alive, by type.',
    read: () => {
      const counts = new Map<string, number>();
      for (const type of process.getActiveResourcesInfo()) {
        counts.set(type, (counts.get(type) ?? 0) + 1);
      }
      return [...counts].map(([type, n]) => [{ type }, n] as const);
    },
  });
  return () => loop.disable();
}
