export * from './vector-layout.js';
export * from './user-vector.js';
export * from './user-context.js';
export * from './population-stats.js';
export * from './z-scores.js';
export * from './career-profile.js';
export * from './feature-registry.js';
export * from './pair-features.js';
