export * from './rankers.js';
export * from './run-evaluation.js';
export * from './run-benchmark.js';
export * from './evaluation-markdown.js';
export * from './measure-reliability.js';
export * from './measure-hubness.js';
export * from './hubness-markdown.js';
export * from './hub-variants.js';
