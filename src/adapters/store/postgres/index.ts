export * from './create-postgres-store.js';
export { describeDatabaseUrl } from './describe-database-url.js';
