export * from './pathways-result.js';
export * from './resolve-target.js';
export * from './start-state.js';
export * from './find-pathways.js';
export * from './classic-transitions.js';
export * from './measure-pathways.js';
export * from './pathways-markdown.js';
