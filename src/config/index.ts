export * from './config.js';
export * from './product-version.js';
export * from './store-file.js';
