import type { ActiveModelListener } from '../../../app/ports/index.js';

/**
 * Polls `read` every `intervalMs` and calls `listener` when the value differs from the previous
 * poll (the first poll only sets the baseline). Polls never overlap, the timer is unref'd, and
 * read or listener failures go to `onError` instead of becoming unhandled rejections.
 */
export function watchActiveVersion(
  read: () => Promise<string | null>,
  listener: ActiveModelListener,
  intervalMs: number,
  onError: (error: unknown) => void,
): () => void {
  let last: string | null | undefined;
  let stopped = false;
  let polling = false;
  const poll = async (): Promise<void> => {
    if (polling || stopped) return;
    polling = true;
    try {
      const version = await read();
      if (stopped) return;
      const changed = last !== undefined && version !== last;
      last = version;
      if (changed) listener(version);
    } catch (error) {
      if (!stopped) onError(error);
    } finally {
      polling = false;
    }
  };
  void poll();
  const timer = setInterval(() => void poll(), intervalMs);
  timer.unref();
  return () => {
    stopped = true;
    clearInterval(timer);
  };
}
