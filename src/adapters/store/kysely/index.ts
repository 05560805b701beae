export * from './kysely-store.js';
export * from './migrations.js';
export * from './process-lock.js';
export type * from './schema.js';
