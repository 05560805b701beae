export * from './ground-truth.js';
export * from './rankers.js';
export * from './run-evaluation.js';
