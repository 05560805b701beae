export * from './related-truth.js';
