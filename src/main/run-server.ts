import path from 'node:path';
import { ensureLocalData } from '../adapters/fetch/index.js';
import { createEnhancerFromConfig } from '../adapters/llm/index.js';
import { createInstanceRuntime } from '../app/instance/index.js';
import { PRODUCT_VERSION, REPO_ROOT, toPublicUrl, type Config } from '../config/index.js';
import {
  createHttpLogger,
  createHttpServer,
  DEFAULT_HTTP_LIMITS,
  passwordOfUrl,
} from '../http/index.js';
import { isAppError } from '../errors.js';
import type { EarlyModelStep } from './early-model-step.js';
import { serverSteps } from './start-up-steps.js';

/** Longest a graceful shutdown may take before the process exits anyway. */
const SHUTDOWN_GRACE_MS = 10_000;

/**
 * The server: listen first (so /healthz answers at once), then load everything else. `early` is
 * the first start's training worker, if the entry (server.ts) started one.
 */
export async function runServer(config: Config, early: EarlyModelStep | null): Promise<void> {
  const logger = createHttpLogger({
    level: config.logLevel,
    secrets: [config.adminToken, config.llm.apiKey, passwordOfUrl(config.databaseUrl)],
    // Readable lines in a terminal; JSON (one object per line) for log collectors.
    pretty: process.stdout.isTTY === true,
  });
  early?.attach((message) => logger.info(message));
  // The enhancer's own warnings (HTTP status, cleaned-up error) go to the server log, which
  // redacts the key like every other line.
  const enhancer = createEnhancerFromConfig(config.llm, {
    logger: logger.child({ component: 'llm' }),
  });
  const runtime = createInstanceRuntime({
    steps: serverSteps(config, logger, enhancer, early),
    log: logger,
    modelPollIntervalMs: config.modelPollIntervalMs,
  });
  const app = await createHttpServer({
    service: runtime.service,
    readiness: runtime.readiness,
    adminToken: config.adminToken,
    retrain: runtime.retrain,
    activateModel: runtime.activateModel,
    limits: { ...DEFAULT_HTTP_LIMITS, rateLimitPerMinute: config.rateLimitPerMinute },
    corsOrigins: config.corsOrigins,
    logger,
    webRoot: path.join(REPO_ROOT, 'web', 'dist'),
    version: PRODUCT_VERSION,
  });

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing in-flight requests');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      logger.flush();
      process.exit(1);
    }, SHUTDOWN_GRACE_MS).unref();
    app
      .close()
      .then(() => runtime.close())
      .then(() => {
        logger.info('stopped');
        logger.flush(() => process.exit(0));
      })
      .catch((error: unknown) => {
        logger.error({ err: error }, 'error while shutting down');
        logger.flush(() => process.exit(1));
      });
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);

  try {
    await app.listen({
      host: config.host,
      port: config.port,
      listenTextResolver: (address) =>
        `listening on ${address}; loading the data and the model (GET /readyz says how far)`,
    });
  } catch (error) {
    logger.error({ err: error }, `cannot listen on ${config.host}:${config.port}`);
    logger.flush(() => process.exit(1));
    return;
  }
  try {
    await ensureLocalData({
      onetDir: config.onetDir,
      blsDir: config.blsDir,
      configured: config.dataDirsConfigured,
      sources: config.dataSources,
      fetchedAt: new Date().toISOString(),
      log: logger,
    });
  } catch (error) {
    // Without data the server can do nothing useful: say why and how to go on, then stop.
    logger.fatal(isAppError(error) ? error.message : `cannot get the data: ${String(error)}`);
    logger.flush(() => process.exit(1));
    return;
  }
  await runtime.start();
  const checks = await runtime.readiness();
  const waiting = Object.entries(checks).filter(([, c]) => !c.ok);
  if (waiting.length === 0) logger.info(`ready: open ${toPublicUrl(config)}`);
  else {
    const why = waiting.map(([name, c]) => `${name}: ${c.detail}`).join('; ');
    logger.warn(`started but not ready (${why}); see GET /readyz`);
  }
}
