import { describe, expect, it } from 'vitest';
import type { NewModel } from '../../../src/app/ports/index.js';
import type { ContractContext } from './contract.js';

/** A model artifact with 154 doubles that must come back bit-for-bit. */
export function model(version: string, createdAt: string, seed = 1): NewModel {
  const weights = Array.from({ length: 154 }, (_, i) => Math.sin(seed * 1000 + i) / 3);
  return {
    version,
    artifact: { kind: 'logistic', weights, bias: -0.1 * seed, featureNames: ['a', 'b'] },
    metrics: { auc: 0.8123456789012345 + seed / 1e6, logLoss: 0.4 },
    createdAt,
  };
}

const decision = (reason: string, decidedAt = '2025-04-01T00:00:00Z') => ({
  reason,
  metrics: { auc: 0.81, delta: 1e-9 },
  decidedAt,
});

/** Contract cases for ModelRegistry. */
export function modelRegistryContract({ store }: ContractContext): void {
  describe('model registry', () => {
    it('saves a model and returns its artifact and metrics unchanged', async () => {
      const m = model('v1', '2025-04-01T00:00:00Z');
      await store().saveModel(m);
      expect(await store().getModel('v1')).toEqual({
        version: 'v1',
        artifact: m.artifact,
        metrics: m.metrics,
        createdAt: '2025-04-01T00:00:00.000Z',
        active: false,
      });
      expect(await store().getModel('nope')).toBeNull();
    });

    it('lists models newest first without artifacts', async () => {
      await store().saveModel(model('v1', '2025-04-01T00:00:00Z'));
      await store().saveModel(model('v3', '2025-04-03T00:00:00Z'));
      await store().saveModel(model('v2', '2025-04-02T00:00:00Z'));
      const list = await store().listModels();
      expect(list.map((m) => m.version)).toEqual(['v3', 'v2', 'v1']);
      expect(list[0]).toEqual({
        version: 'v3',
        metrics: model('v3', '2025-04-03T00:00:00Z').metrics,
        createdAt: '2025-04-03T00:00:00.000Z',
        active: false,
      });
    });

    it('rejects saving an existing version and keeps the original', async () => {
      await store().saveModel(model('v1', '2025-04-01T00:00:00Z', 1));
      await expect(store().saveModel(model('v1', '2025-04-02T00:00:00Z', 2))).rejects.toMatchObject(
        { code: 'VALIDATION_FAILED' },
      );
      expect((await store().getModel('v1'))?.metrics).toEqual(
        model('v1', '2025-04-01T00:00:00Z', 1).metrics,
      );
    });

    it('has no active model until one is activated', async () => {
      await store().saveModel(model('v1', '2025-04-01T00:00:00Z'));
      expect(await store().getActiveVersion()).toBeNull();
      expect(await store().getActiveModel()).toBeNull();
    });

    it('keeps exactly one model active when switching', async () => {
      await store().saveModel(model('v1', '2025-04-01T00:00:00Z', 1));
      await store().saveModel(model('v2', '2025-04-02T00:00:00Z', 2));
      await store().activateModel('v1', decision('first model'));
      expect(await store().getActiveVersion()).toBe('v1');
      await store().activateModel('v2', decision('better auc', '2025-04-02T00:00:00Z'));
      expect(await store().getActiveVersion()).toBe('v2');
      const active = await store().getActiveModel();
      expect(active?.artifact).toEqual(model('v2', '2025-04-02T00:00:00Z', 2).artifact);
      expect(active?.active).toBe(true);
      const flags = (await store().listModels()).map((m) => [m.version, m.active]);
      expect(flags).toEqual([
        ['v2', true],
        ['v1', false],
      ]);
    });

    it('refuses to activate an unknown version and leaves the active one in place', async () => {
      await store().saveModel(model('v1', '2025-04-01T00:00:00Z'));
      await store().activateModel('v1', decision('first'));
      await expect(store().activateModel('ghost', decision('typo'))).rejects.toMatchObject({
        code: 'NOT_FOUND',
      });
      expect(await store().getActiveVersion()).toBe('v1');
      expect(await store().listDecisions()).toHaveLength(1);
    });

    it('ends with one active model after concurrent activations', async () => {
      const versions = ['a', 'b', 'c', 'd'];
      for (const v of versions) await store().saveModel(model(v, '2025-04-01T00:00:00Z'));
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store().activateModel(versions[i % 4]!, decision(`round ${i}`)),
        ),
      );
      const active = (await store().listModels()).filter((m) => m.active);
      expect(active).toHaveLength(1);
      expect(active[0]?.version).toBe(await store().getActiveVersion());
      expect(await store().listDecisions()).toHaveLength(20);
    });

    it('records activated and rejected decisions, newest first', async () => {
      await store().saveModel(model('v1', '2025-04-01T00:00:00Z'));
      await store().activateModel('v1', decision('baseline', '2025-04-01T00:00:00Z'));
      await store().recordDecision('v2', {
        reason: 'auc dropped by 0.02',
        metrics: { auc: 0.7912345678901234 },
        decidedAt: '2025-04-02T00:00:00Z',
      });
      const list = await store().listDecisions();
      expect(list).toEqual([
        {
          id: expect.any(Number) as number,
          version: 'v2',
          activated: false,
          reason: 'auc dropped by 0.02',
          metrics: { auc: 0.7912345678901234 },
          decidedAt: '2025-04-02T00:00:00.000Z',
        },
        {
          id: expect.any(Number) as number,
          version: 'v1',
          activated: true,
          reason: 'baseline',
          metrics: { auc: 0.81, delta: 1e-9 },
          decidedAt: '2025-04-01T00:00:00.000Z',
        },
      ]);
      expect(await store().listDecisions({ limit: 1 })).toEqual(list.slice(0, 1));
      expect(await store().getActiveVersion()).toBe('v1');
    });

    it('rejects a decision without a reason', async () => {
      await expect(
        store().recordDecision('v1', {
          reason: ' ',
          metrics: {},
          decidedAt: '2025-04-01T00:00:00Z',
        }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    });
  });
}
