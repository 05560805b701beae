import { AppError } from '../../errors.js';

/** The kinds of file a résumé can come in. */
export type DocumentKind = 'pdf' | 'docx' | 'text';

/** Why a file could not be read (in `details.reason` of the 400 answer). */
export type DocumentProblem =
  | 'unsupported-type'
  | 'binary'
  | 'empty-file'
  | 'too-large'
  | 'too-many-pages'
  | 'scanned-pdf'
  | 'zip-bomb'
  | 'unreadable'
  | 'timeout';

/** An AppError VALIDATION_FAILED for a file, with `details.reason`. */
export const documentError = (reason: DocumentProblem, message: string) =>
  new AppError('VALIDATION_FAILED', message, { field: 'file', reason });

const EXTENSIONS: Readonly<Record<string, DocumentKind>> = {
  pdf: 'pdf',
  docx: 'docx',
  txt: 'text',
  md: 'text',
  markdown: 'text',
};

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);

/**
 * The kind of a file from its name and its first bytes (a PDF starts with %PDF-, a DOCX is a
 * ZIP archive, a text file is UTF-8 without NUL bytes). A name that says one thing and bytes
 * that say another are refused.
 */
export function detectDocumentKind(bytes: Uint8Array, fileName: string): DocumentKind {
  if (bytes.length === 0) {
    throw documentError('empty-file', `${fileName} is empty. Choose the file with your résumé.`);
  }
  const ext = fileName.toLowerCase().match(/\.([a-z]+)$/)?.[1] ?? '';
  const kind = EXTENSIONS[ext];
  if (!kind) {
    throw documentError(
      'unsupported-type',
      `${fileName}: only .pdf, .docx, .txt and .md files can be read. Save the résumé as one of those, or paste its text.`,
    );
  }
  const isPdf = startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d]);
  const isZip = startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]);
  if (kind === 'pdf' && !isPdf) {
    throw documentError(
      'binary',
      `${fileName} is not a PDF inside. Export it again as a PDF, or paste its text.`,
    );
  }
  if (kind === 'docx' && !isZip) {
    throw documentError(
      'binary',
      `${fileName} is not a Word (.docx) document inside. Save it again as .docx, or paste its text.`,
    );
  }
  if (kind === 'text' && (isPdf || isZip || bytes.subarray(0, 8192).includes(0))) {
    throw documentError(
      'binary',
      `${fileName} is not a text file. Choose a .txt or .md file, or paste the text.`,
    );
  }
  return kind;
}
