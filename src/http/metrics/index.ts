// Prometheus metrics of the HTTP server: a small registry, process metrics, request counters.
export * from './metrics-registry.js';
export * from './process-metrics.js';
export * from './http-metrics.js';
