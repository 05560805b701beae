import { parentPort, workerData } from 'node:worker_threads';
import type { DocumentKind } from './document-kind.js';
import type { DocumentLimits } from './document-limits.js';
import { extractText } from './extract-text.js';

/** What the reader sends the worker. */
export interface ExtractInput {
  readonly kind: DocumentKind;
  readonly bytes: Uint8Array;
  readonly limits: DocumentLimits;
}

/** What the worker answers: the text, or the user-facing error. */
export type ExtractOutput =
  | { readonly ok: true; readonly text: string; readonly truncated: boolean }
  | {
      readonly ok: false;
      readonly message: string;
      readonly details: unknown;
      readonly app: boolean;
    };

const input = workerData as ExtractInput;
try {
  const { text, truncated } = await extractText(input.kind, input.bytes, input.limits);
  parentPort!.postMessage({ ok: true, text, truncated } satisfies ExtractOutput);
} catch (error) {
  const e = error as { name?: string; message?: string; details?: unknown };
  parentPort!.postMessage({
    ok: false,
    app: e.name === 'AppError',
    message: e.message ?? String(error),
    details: e.details ?? null,
  } satisfies ExtractOutput);
}
