import { isAppError } from '../errors.js';

/** Exit codes: 0 ok, 1 usage or input error, 2 data error, 3 unexpected failure. */
export const EXIT = Object.freeze({ ok: 0, usage: 1, data: 2, internal: 3 });

/** The one place where an error thrown by a command becomes a message and an exit code. */
export function toExitCode(error: unknown): { code: number; message: string } {
  if (isAppError(error)) {
    const isData = error.code.startsWith('DATA_') || error.code.startsWith('MODEL_');
    return {
      code: isData ? EXIT.data : EXIT.usage,
      message: `error [${error.code}]: ${error.message}`,
    };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: EXIT.internal, message: `unexpected error: ${message}` };
}
