import { describe, expect, it } from 'vitest';
import { createStore } from '../../src/adapters/store/index.js';
import { loadModel } from '../../src/app/train/index.js';
import { hashFeatureNames } from '../../src/core/model/index.js';
import { request, TEST_NOW } from '../http/support/start-api.js';
import { loadTestCatalog } from '../http/support/start-api.js';
import { trainModel } from '../../src/app/train/index.js';
import {
  removeDir,
  seedActiveModel,
  seededDataDir,
  startServer,
  stopServer,
  waitUntilReady,
} from '../support/server-process.js';

async function goodArtifact(): Promise<Record<string, unknown>> {
  const { ctx } = await loadTestCatalog();
  const trained = trainModel(
    ctx,
    { pairs: 300, seed: 3, recipe: 'blended' },
    TEST_NOW.toISOString(),
  );
  return JSON.parse(JSON.stringify(trained.artifact)) as Record<string, unknown>;
}

describe('model artifacts that cannot be served', () => {
  it('a truncated or corrupt artifact is MODEL_INVALID, one from another feature set MODEL_INCOMPATIBLE', async () => {
    const good = await goodArtifact();
    // Truncations that still parse as JSON (whatever the key order of the file): everything
    // before the weights, and the weights cut in half.
    const keys = Object.keys(good);
    const beforeWeights = Object.fromEntries(
      keys.slice(0, keys.indexOf('weights')).map((k) => [k, good[k]]),
    );
    const weights = good.weights as number[];
    const halfWeights = { ...good, weights: weights.slice(0, weights.length >> 1) };
    expect(keys).toContain('weights');
    for (const bad of [
      beforeWeights,
      halfWeights,
      {},
      null,
      'not a model',
      { ...good, weights: 'x' },
    ]) {
      expect(() => loadModel('v-bad', bad)).toThrow(
        expect.objectContaining({ code: 'MODEL_INVALID' }),
      );
    }
    // A model trained by a build with a different feature set: consistent in itself, wrong here.
    const names = [...(good.featureNames as string[])];
    names[0] = 'feature_from_another_build';
    const other = { ...good, featureNames: names, featureRegistryHash: hashFeatureNames(names) };
    expect(() => loadModel('v-other', other)).toThrow(
      expect.objectContaining({
        code: 'MODEL_INCOMPATIBLE',
        message: expect.stringMatching(/retrain/i),
      }),
    );
  });

  it('while running, a corrupt model activated in the registry is refused: the last good model keeps serving and /readyz and the log say why', async () => {
    const dir = seededDataDir();
    try {
      const goodVersion = await seedActiveModel({ dataDir: dir });
      const server = await startServer(
        {
          RATE_LIMIT_PER_MINUTE: '1000000',
          DATA_DIR: dir,
          MODEL_POLL_INTERVAL_MS: '200',
        },
        null,
      );
      try {
        await waitUntilReady(server, 90_000);
        const store = await createStore({ dataDir: dir });
        try {
          await store.saveModel({
            version: 'lr-corrupt',
            artifact: { truncated: true },
            metrics: {},
            createdAt: TEST_NOW.toISOString(),
          });
          await store.activateModel('lr-corrupt', {
            reason: 'test',
            metrics: {},
            decidedAt: TEST_NOW.toISOString(),
          });
        } finally {
          await store.close();
        }
        await expect
          .poll(
            () =>
              request(server.url, 'GET', '/readyz').then(
                (r) => r.body.checks.model.detail as string,
              ),
            { timeout: 20_000, interval: 200 },
          )
          .toMatch(/lr-corrupt cannot be loaded/);
        const ready = await request(server.url, 'GET', '/readyz');
        expect(ready.status).toBe(200);
        expect(ready.body.checks.model.detail).toContain(`still serving ${goodVersion}`);
        const rec = await request(server.url, 'POST', '/v1/recommendations', {
          body: { profile: { skills: ['Programming'] }, limit: 1 },
        });
        expect(rec.status).toBe(200);
        expect(rec.body.model.version).toBe(goodVersion);
        expect(server.output()).toMatch(
          /"version":"lr-corrupt".*cannot load the new model; keeping the last good one/,
        );
      } finally {
        expect(await stopServer(server)).toBe(0);
      }
    } finally {
      removeDir(dir);
    }
  }, 120_000);
});
