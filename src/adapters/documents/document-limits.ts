/** Limits on reading one document: the file, the PDF pages, the unpacked DOCX, time and memory. */
export interface DocumentLimits {
  readonly maxFileBytes: number;
  readonly maxPdfPages: number;
  /** Sum of the uncompressed sizes a DOCX declares. */
  readonly maxUnpackedBytes: number;
  /** Uncompressed / compressed above this is a zip bomb. */
  readonly maxCompressionRatio: number;
  readonly timeoutMs: number;
  /** Heap of the worker that parses the file. */
  readonly maxHeapMb: number;
  /** Characters of text kept (the from-text limit). */
  readonly maxTextChars: number;
}

/** Defaults: a résumé is a few pages and well under a megabyte. */
export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxPdfPages: 30,
  maxUnpackedBytes: 30 * 1024 * 1024,
  maxCompressionRatio: 200,
  timeoutMs: 30_000,
  maxHeapMb: 256,
  maxTextChars: 20_000,
};
