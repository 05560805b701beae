export * from './constraints.js';
export * from './rank.js';
export * from './confidence.js';
export * from './skill-gaps.js';
export * from './scorer.js';
export * from './cosine-scorer.js';
export * from './linear-scorer.js';
export * from './expanded-scorer.js';
