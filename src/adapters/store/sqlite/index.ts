export * from './create-sqlite-store.js';
