// The résumé benchmark: texts from held-out occupations, occupation accuracy, downstream NDCG.
export * from './resume-texts.js';
export * from './run-text-benchmark.js';
export * from './text-benchmark-markdown.js';
