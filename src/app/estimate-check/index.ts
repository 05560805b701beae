// The masking check of the profile estimator (`careers eval estimate`): hide O*NET-rated
// occupations' ratings, estimate them as unrated ones are, compare, and rerun the benchmark.
export * from './estimate-variants.js';
export * from './profile-agreement.js';
export * from './masked-estimates.js';
export * from './run-estimate-check.js';
export * from './estimate-markdown.js';
