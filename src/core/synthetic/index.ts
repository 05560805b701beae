export * from './profile-similarity.js';
export * from './similarity-matrix.js';
export * from './self-report.js';
export * from './generate-pairs.js';
export * from './related-pairs.js';
