import { Worker } from 'node:worker_threads';
import { AppError } from '../../errors.js';
import { detectDocumentKind, documentError } from './document-kind.js';
import { DEFAULT_DOCUMENT_LIMITS, type DocumentLimits } from './document-limits.js';
import { extractText } from './extract-text.js';
import type { ExtractInput, ExtractOutput } from './extract-text-worker.js';

const RUNNING_TYPESCRIPT = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(
  `./extract-text-worker${RUNNING_TYPESCRIPT ? '.ts' : '.js'}`,
  import.meta.url,
).href;
// Under tsx a worker does not inherit the TypeScript loader (see main/train-in-worker.ts).
const WORKER_SOURCE = RUNNING_TYPESCRIPT
  ? `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_URL)}); });`
  : `import(${JSON.stringify(WORKER_URL)});`;

/** The text of an uploaded or named document. */
export interface DocumentText {
  readonly text: string;
  /** True when the document had more text than the from-text limit (its beginning is kept). */
  readonly truncated: boolean;
}

/**
 * Reads the text of a résumé file (.pdf, .docx, .txt, .md). PDF and DOCX are parsed in a worker
 * thread with a heap cap and a deadline, so a hostile file can neither hang nor exhaust the
 * process; every problem is an AppError VALIDATION_FAILED with `details.reason` saying what to do.
 */
export async function readDocument(
  bytes: Uint8Array,
  fileName: string,
  limits: DocumentLimits = DEFAULT_DOCUMENT_LIMITS,
): Promise<DocumentText> {
  if (bytes.length > limits.maxFileBytes) {
    throw documentError(
      'too-large',
      `${fileName} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; a résumé file is at most ${limits.maxFileBytes / 1024 / 1024} MB. Save it without pictures, or paste its text.`,
    );
  }
  const kind = detectDocumentKind(bytes, fileName);
  if (kind === 'text') return extractText(kind, bytes, limits);
  const input: ExtractInput = { kind, bytes, limits };
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: input,
      resourceLimits: { maxOldGenerationSizeMb: limits.maxHeapMb },
    });
    let settled = false;
    const settle = (f: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      f();
    };
    const timer = setTimeout(
      () =>
        settle(() =>
          reject(
            documentError(
              'timeout',
              `${fileName} took too long to read (over ${limits.timeoutMs / 1000} s). Save it again as a simple PDF or .docx, or paste its text.`,
            ),
          ),
        ),
      limits.timeoutMs,
    );
    worker.once('message', (out: ExtractOutput) =>
      settle(() => {
        if (out.ok) resolve({ text: out.text, truncated: out.truncated });
        else if (out.app) reject(new AppError('VALIDATION_FAILED', out.message, out.details));
        else
          reject(
            documentError('unreadable', `${fileName} could not be read. Paste its text instead.`),
          );
      }),
    );
    // A worker that runs out of its heap or crashes is a file we cannot read, not a server fault.
    worker.once('error', () =>
      settle(() =>
        reject(
          documentError(
            'unreadable',
            `${fileName} could not be read (it needs more memory than a résumé). Paste its text instead.`,
          ),
        ),
      ),
    );
    worker.once('exit', () =>
      settle(() =>
        reject(
          documentError('unreadable', `${fileName} could not be read. Paste its text instead.`),
        ),
      ),
    );
  });
}
