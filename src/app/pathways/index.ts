export * from './pathways-result.js';
export * from './resolve-target.js';
export * from './start-state.js';
export * from './find-pathways.js';
