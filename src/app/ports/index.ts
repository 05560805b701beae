// The ports the use cases need; adapters implement them. One file per port.
export {};
export * from './title-search.js';
export * from './store.js';
export * from './explanation-enhancer.js';
export * from './document-reader.js';
