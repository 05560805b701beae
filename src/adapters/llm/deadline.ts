/** Why a deadline's signal fired: its own timer, or the caller's signal. */
export type DeadlineCause = 'timeout' | 'aborted';

/** One call's time budget: a signal that fires at the deadline or when the caller aborts. */
export interface Deadline {
  readonly signal: AbortSignal;
  /** Milliseconds left (0 once passed). */
  remainingMs(): number;
  /** Why the signal fired, or null while it has not. */
  cause(): DeadlineCause | null;
  /** Clears the timer and the link to the caller's signal. */
  dispose(): void;
}

/** Starts a deadline `timeoutMs` from now, also fired by `callerSignal`. */
export function startDeadline(
  timeoutMs: number,
  callerSignal: AbortSignal | undefined,
  now: () => number,
): Deadline {
  const controller = new AbortController();
  const endsAt = now() + timeoutMs;
  let cause: DeadlineCause | null = null;
  const fire = (why: DeadlineCause) => {
    if (cause !== null) return;
    cause = why;
    controller.abort(new Error(why === 'timeout' ? 'LLM deadline passed' : 'LLM call aborted'));
  };
  const timer = setTimeout(() => fire('timeout'), timeoutMs);
  const onAbort = () => fire('aborted');
  if (callerSignal?.aborted) fire('aborted');
  else callerSignal?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    remainingMs: () => Math.max(0, endsAt - now()),
    cause: () => cause,
    dispose: () => {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', onAbort);
    },
  };
}

/** Waits `ms`, or less when `signal` aborts first; never rejects. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener('abort', done, { once: true });
  });
}
