export * from './config.js';
export * from './product-version.js';
