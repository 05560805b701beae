export * from './apply-enhancer.js';
export * from './check-proposal.js';
export * from './instruction-patterns.js';
export * from './named-occupations.js';
export * from './person-text.js';
export * from './rerank.js';
export * from './stated-numbers.js';
export * from './to-enhance-input.js';
