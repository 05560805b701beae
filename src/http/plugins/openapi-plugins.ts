import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** The API's description at the top of the OpenAPI document. */
const DESCRIPTION = [
  'Explainable career recommendations from the O*NET 30.1 database and BLS 2024 data.',
  '',
  'Every error has the body `{ "error": { "code", "message", "details", "requestId" } }`; the `code` is stable.',
  'Status by code: VALIDATION_FAILED, MALFORMED_JSON, BAD_REQUEST 400 · UNAUTHORIZED 401 · NOT_FOUND 404 ·',
  'RETRAIN_IN_PROGRESS 409 · BODY_TOO_LARGE 413 · UNSUPPORTED_MEDIA_TYPE 415 · UNKNOWN_NAME 422 ·',
  'RATE_LIMITED 429 (with Retry-After) · INTERNAL 500 · MODEL_MISSING, STORE_UNAVAILABLE, NOT_READY,',
  'RETRAIN_UNAVAILABLE, DATA_MISSING 503.',
  '',
  'This product includes information from the O*NET 30.1 Database by the U.S. Department of Labor,',
  'Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.',
].join('\n');

/**
 * Registers the OpenAPI 3.1 document (built from the routes' zod schemas), served at
 * /openapi.json, and Swagger UI at /docs with its bundled assets (works offline).
 * Must be registered before the routes so every route is seen.
 */
export async function registerOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'career-recommender API',
        version,
        description: DESCRIPTION,
        license: { name: 'MIT (code); O*NET data CC BY 4.0', identifier: 'MIT' },
      },
      tags: [
        { name: 'recommendations', description: 'Ranked occupations for a profile' },
        { name: 'occupations', description: 'Title search and occupation detail' },
        { name: 'profiles', description: 'Profiles inferred from a current occupation' },
        { name: 'questionnaire', description: 'The RIASEC interest questionnaire' },
        { name: 'feedback', description: 'Feedback on recommendations, and its erasure' },
        { name: 'model', description: 'The model in use' },
        { name: 'about', description: 'Releases and attribution' },
        { name: 'admin', description: 'Operations that need the admin token' },
        { name: 'operations', description: 'Health, readiness and metrics' },
      ],
      components: {
        securitySchemes: {
          adminToken: { type: 'http', scheme: 'bearer', description: 'The server’s ADMIN_TOKEN.' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    staticCSP: false,
    uiConfig: { docExpansion: 'list', deepLinking: true },
  });
  app.get('/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
