/** One readiness check: whether it passes and a sentence for operators. */
export interface ReadinessCheck {
  readonly ok: boolean;
  readonly detail: string;
}

/** Reports whether the instance can recommend now (catalog loaded, model active, store up …). */
export type ReadinessProbe = () => Promise<Readonly<Record<string, ReadinessCheck>>>;

/** A failing check with its reason. */
export const failing = (detail: string): ReadinessCheck => ({ ok: false, detail });

/** Rejects when `promise` has not settled within `ms`. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not answer within ${ms} ms`)), ms);
    unref(timer);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Lets a timer not keep the process alive (where the runtime supports it). */
export function unref(timer: ReturnType<typeof setTimeout>): void {
  (timer as { unref?: () => void }).unref?.();
}
