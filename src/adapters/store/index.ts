// Persistence adapters for the Store port: embedded SQLite by default, PostgreSQL when shared.
export * from './create-store.js';
export * from './sqlite/index.js';
export * from './postgres/index.js';
export { DEFAULT_POLL_INTERVAL_MS, migrationNames } from './kysely/index.js';
