import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { ZodApp } from './route-context.js';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page / shows when the web build is missing: where the docs and the API are. */
export function toFallbackPage(version: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>career-recommender API</title></head>
<body>
<main>
<h1>career-recommender API ${escapeHtml(version)}</h1>
<p>The web page is not built on this server (build web/ into web/dist to serve it here).</p>
<ul>
<li><a href="/docs">Interactive API documentation</a></li>
<li><a href="/openapi.json">OpenAPI 3.1 document</a></li>
<li><a href="/v1/about">Data releases and attribution</a></li>
<li><a href="/readyz">Readiness</a></li>
</ul>
</main>
<footer><p>This product includes information from the O*NET 30.1 Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA), used under the CC BY 4.0 license.</p></footer>
</body>
</html>
`;
}

/**
 * Serves the web page's static build at / when `webRoot` holds an index.html; otherwise / is a
 * small HTML page pointing at /docs.
 */
export async function registerWebRoutes(
  app: ZodApp,
  webRoot: string | null | undefined,
  version: string,
): Promise<void> {
  if (webRoot && existsSync(path.join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: path.resolve(webRoot),
      prefix: '/',
      index: ['index.html'],
    });
    return;
  }
  const page = toFallbackPage(version);
  app.get('/', { schema: { hide: true } }, (_request, reply) =>
    reply.type('text/html; charset=utf-8').send(page),
  );
}
