export * from './recommender-context.js';
export * from './recommendation.js';
export * from './recommend.js';
export * from './compare.js';
export * from './expanded-model.js';
export * from './visit-ratings.js';
export * from './match-ranges.js';
