import { describe, expect, it, vi } from 'vitest';
import type { ContractContext } from './contract.js';
import { feedback } from './contract-feedback.js';
import { model } from './contract-models.js';

/** Contract cases for several instances on one database and for the store lifecycle. */
export function sharingContract({ store, openAnother }: ContractContext): void {
  describe('instances and lifecycle', () => {
    it('re-opens an existing database without re-running migrations or losing data', async () => {
      await store().recordFeedback(feedback());
      const again = await openAnother();
      const third = await openAnother();
      expect(await again.countFeedback()).toBe(1);
      expect(await third.countFeedback()).toBe(1);
    });

    it('lets two instances see each other’s writes', async () => {
      const other = await openAnother();
      await store().recordFeedback(feedback({ subjectId: 'from-a' }));
      await other.recordFeedback(feedback({ subjectId: 'from-b' }));
      expect((await other.listFeedback()).map((r) => r.subjectId)).toEqual(['from-a', 'from-b']);
      await other.saveModel(model('v1', '2025-04-01T00:00:00Z'));
      await other.activateModel('v1', {
        reason: 'x',
        metrics: {},
        decidedAt: '2025-04-01T00:00:00Z',
      });
      expect(await store().getActiveVersion()).toBe('v1');
      expect((await store().getActiveModel())?.artifact).toEqual(
        model('v1', '2025-04-01T00:00:00Z').artifact,
      );
    });

    it('notifies a listener when another instance activates a model, until unsubscribed', async () => {
      const other = await openAnother();
      await other.saveModel(model('v1', '2025-04-01T00:00:00Z'));
      await other.saveModel(model('v2', '2025-04-02T00:00:00Z'));
      const seen: (string | null)[] = [];
      const unsubscribe = store().onActiveModelChanged((v) => seen.push(v), { intervalMs: 5 });
      // Wait for the baseline poll before changing anything.
      const spy = vi.spyOn(store(), 'getActiveVersion');
      await vi.waitFor(() => expect(spy.mock.calls.length).toBeGreaterThan(0));
      const reason = { reason: 'x', metrics: {}, decidedAt: '2025-04-01T00:00:00Z' };
      await other.activateModel('v1', reason);
      await vi.waitFor(() => expect(seen).toEqual(['v1']));
      unsubscribe();
      const polls = spy.mock.calls.length;
      await other.activateModel('v2', reason);
      await new Promise((r) => setTimeout(r, 50));
      expect(spy.mock.calls.length).toBe(polls);
      expect(seen).toEqual(['v1']);
      spy.mockRestore();
    });

    it('runs the tasks of one lock name one at a time across instances, in turn after a failure', async () => {
      const other = await openAnother();
      const events: string[] = [];
      let releaseFirst!: () => void;
      const firstHolds = new Promise<void>((resolve) => (releaseFirst = resolve));
      let firstStarted!: () => void;
      const started = new Promise<void>((resolve) => (firstStarted = resolve));
      const first = store().withLock('train', async () => {
        events.push('first in');
        firstStarted();
        await firstHolds;
        events.push('first out');
        throw new Error('task failed');
      });
      await started;
      const second = other.withLock('train', async () => {
        events.push('second in');
        return 42;
      });
      // Another name is not held up by the first task.
      await expect(other.withLock('other-name', async () => 'free')).resolves.toBe('free');
      await new Promise((r) => setTimeout(r, 600));
      expect(events).toEqual(['first in']);
      releaseFirst();
      await expect(first).rejects.toThrow('task failed');
      await expect(second).resolves.toBe(42);
      expect(events).toEqual(['first in', 'first out', 'second in']);
      // Released after both: a third caller gets it at once.
      await expect(store().withLock('train', async () => 'again')).resolves.toBe('again');
    });

    it('answers ping while open and reports STORE_UNAVAILABLE after close', async () => {
      const other = await openAnother();
      await expect(other.ping()).resolves.toBeUndefined();
      await other.close();
      await other.close();
      await expect(other.ping()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      await expect(store().ping()).resolves.toBeUndefined();
    });
  });
}
