/**
 * The embedded SQLite store's file name inside DATA_DIR. Here rather than in the store adapter so
 * that the server's entry can tell a first start (no file yet) without loading the adapter.
 */
export const SQLITE_FILE_NAME = 'careers.sqlite';
