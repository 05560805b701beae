import { describe, expect, it } from 'vitest';
import { Semaphore, SemaphoreAbortedError } from './semaphore.js';

describe('Semaphore', () => {
  it('hands a released slot to the first waiter, so the limit holds', async () => {
    const s = new Semaphore(1);
    const release1 = await s.acquire();
    const order: string[] = [];
    const second = s.acquire().then((r) => (order.push('second'), r));
    const third = s.acquire().then((r) => (order.push('third'), r));
    expect(s.waiting).toBe(2);
    release1();
    release1(); // a second call is harmless
    const release2 = await second;
    // A newcomer cannot take the slot while the queue is served.
    expect(s.active).toBe(1);
    release2();
    (await third)();
    expect(order).toEqual(['second', 'third']);
    expect([s.active, s.peak]).toEqual([0, 1]);
  });
  it('drops a waiter whose signal aborts', async () => {
    const s = new Semaphore(1);
    const release = await s.acquire();
    const controller = new AbortController();
    const waiting = s.acquire(controller.signal);
    controller.abort();
    await expect(waiting).rejects.toBeInstanceOf(SemaphoreAbortedError);
    expect(s.waiting).toBe(0);
    release();
    expect(s.active).toBe(0);
  });
});
