/** Runs a task while holding a named lock; see ModelRegistry.withLock. */
export type NamedLock = <T>(name: string, task: () => Promise<T>) => Promise<T>;

/** Tails of the lock queues, by scope and name (module-wide: every store of one file shares them). */
const tails = new Map<string, Promise<void>>();

/**
 * A lock held within this process only, per `scope` (e.g. the SQLite file) and name: tasks run
 * one at a time in call order. Enough where one process owns the database (SQLite).
 */
export function createProcessLock(scope: string): NamedLock {
  return async <T>(name: string, task: () => Promise<T>): Promise<T> => {
    const key = `${scope}\u0000${name}`;
    const previous = tails.get(key) ?? Promise.resolve();
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const tail = previous.then(() => mine);
    tails.set(key, tail);
    await previous;
    try {
      return await task();
    } finally {
      release();
      if (tails.get(key) === tail) tails.delete(key);
    }
  };
}
