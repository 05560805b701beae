// The HTTP edge's single error mapping: thrown values → status, code, message, details.
export * from './to-error-response.js';
export * from './install-error-handlers.js';
