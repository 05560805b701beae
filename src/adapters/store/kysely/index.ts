export * from './kysely-store.js';
export * from './migrations.js';
export type * from './schema.js';
