export * from './ranking-metrics.js';
export * from './bootstrap.js';
export * from './queries.js';
export * from './promotion-decision.js';
