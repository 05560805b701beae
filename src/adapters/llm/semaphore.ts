/** Thrown by Semaphore.acquire when the signal aborts while waiting for a slot. */
export class SemaphoreAbortedError extends Error {
  constructor() {
    super('aborted while waiting for a free slot');
    this.name = 'SemaphoreAbortedError';
  }
}

/** Caps how many tasks run at once; waiters are served first come, first served. */
export class Semaphore {
  readonly #limit: number;
  #active = 0;
  #peak = 0;
  readonly #waiting: (() => void)[] = [];

  constructor(limit: number) {
    this.#limit = Math.max(1, Math.floor(limit));
  }

  /** Waits for a slot and returns its release function (calling it more than once is harmless). */
  async acquire(signal?: AbortSignal): Promise<() => void> {
    if (signal?.aborted) throw new SemaphoreAbortedError();
    if (this.#active < this.#limit) {
      this.#active += 1;
      this.#peak = Math.max(this.#peak, this.#active);
      return this.#releaser();
    }
    // A released slot is handed straight to the first waiter, so nobody can jump the queue.
    await new Promise<void>((resolve, reject) => {
      const wake = () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        const i = this.#waiting.indexOf(wake);
        if (i >= 0) this.#waiting.splice(i, 1);
        reject(new SemaphoreAbortedError());
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      this.#waiting.push(wake);
    });
    return this.#releaser();
  }

  /** Tasks running now. */
  get active(): number {
    return this.#active;
  }

  /** The most tasks that ever ran at once. */
  get peak(): number {
    return this.#peak;
  }

  /** Tasks waiting for a slot. */
  get waiting(): number {
    return this.#waiting.length;
  }

  #releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.#waiting.shift();
      if (next) next();
      else this.#active -= 1;
    };
  }
}
