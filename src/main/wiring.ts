import { readDocument } from '../adapters/documents/index.js';
import type { Store } from '../app/ports/index.js';
import type { RecommenderContext } from '../app/recommend/index.js';
import {
  createCareersService,
  type CareersService,
  type CareersServiceDeps,
} from '../app/service/index.js';
import { PRODUCT_VERSION, type Config } from '../config/index.js';
import { openContext } from './open-context.js';
import { openStore } from './open-store.js';

// The catalog → context → store → service chain, written once for the server and the CLI (the
// server's steps and the training worker import open-context.ts and open-store.ts themselves).

/** The context and the store, for the CLI. */
export async function openContextAndStore(
  config: Config,
): Promise<{ readonly ctx: RecommenderContext; readonly store: Store }> {
  const ctx = await openContext(config);
  return { ctx, store: await openStore(config) };
}

/** The service over its parts; the clock, the version and the LLM's deadline are chosen here. */
export function wireService(
  config: Config,
  parts: Pick<CareersServiceDeps, 'ctx' | 'titleSearch' | 'store' | 'models' | 'enhancer'>,
): CareersService {
  return createCareersService({
    ...parts,
    now: () => new Date(),
    version: PRODUCT_VERSION,
    llmDeadlineMs: config.llm.timeoutMs + 500,
    documents: { read: (bytes, fileName) => readDocument(bytes, fileName) },
  });
}
