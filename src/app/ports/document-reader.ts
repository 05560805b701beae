/** Reads the text of a résumé file (.pdf, .docx, .txt, .md). */
export interface DocumentReader {
  /**
   * The file's text (its beginning when it is longer than the from-text limit, with
   * `truncated`). Throws AppError VALIDATION_FAILED with `details.reason` for a file it cannot
   * read: empty, too large, binary, a scan without text, a zip bomb, too slow.
   */
  read(bytes: Uint8Array, fileName: string): Promise<{ text: string; truncated: boolean }>;
}
