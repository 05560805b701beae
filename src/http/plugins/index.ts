// Fastify plugins the server registers: security headers, CORS, rate limit, OpenAPI and docs.
export * from './security-plugins.js';
export * from './openapi-plugins.js';
