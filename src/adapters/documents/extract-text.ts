import { unzipSync } from 'fflate';
import { documentError, type DocumentKind } from './document-kind.js';
import type { DocumentLimits } from './document-limits.js';

/** Text of a UTF-8 file (a BOM dropped); invalid UTF-8 is refused as binary. */
function textOf(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw documentError(
      'binary',
      'The file is not UTF-8 text. Save it as UTF-8 text, or paste the text.',
    );
  }
}

/** Refuses a DOCX whose declared unpacked size or compression ratio is a zip bomb's. */
function checkZip(bytes: Uint8Array, limits: DocumentLimits): void {
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        if (
          unpacked > limits.maxUnpackedBytes ||
          file.originalSize > limits.maxCompressionRatio * Math.max(file.size, 1024)
        ) {
          throw documentError(
            'zip-bomb',
            'The .docx unpacks to far more than a résumé (a zip bomb?). Save the résumé again as .docx or PDF, or paste its text.',
          );
        }
        return false;
      },
    });
  } catch (error) {
    if (error instanceof Error && error.name === 'AppError') throw error;
    throw documentError(
      'unreadable',
      'The .docx file is damaged. Save it again, or paste its text.',
    );
  }
}

async function pdfText(bytes: Uint8Array, limits: DocumentLimits): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let doc;
  try {
    doc = await pdfjs.getDocument({
      data: bytes,
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      stopAtErrors: false,
      verbosity: 0,
    }).promise;
  } catch {
    throw documentError(
      'unreadable',
      'The PDF is damaged or password-protected. Export it again, or paste its text.',
    );
  }
  if (doc.numPages > limits.maxPdfPages) {
    throw documentError(
      'too-many-pages',
      `The PDF has ${doc.numPages} pages; a résumé has at most ${limits.maxPdfPages}. Upload the résumé alone, or paste its text.`,
    );
  }
  const pages: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    let line = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      line += item.str + (item.hasEOL ? '\n' : ' ');
    }
    pages.push(line);
  }
  await doc.destroy();
  const text = pages.join('\n');
  if (text.replace(/\s/g, '').length < 20) {
    throw documentError(
      'scanned-pdf',
      'The PDF has no text layer (a scan or a picture of a page). Export it from the word processor as a PDF, or paste the text.',
    );
  }
  return text;
}

async function docxText(bytes: Uint8Array, limits: DocumentLimits): Promise<string> {
  checkZip(bytes, limits);
  const mammoth = await import('mammoth');
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value;
  } catch {
    throw documentError(
      'unreadable',
      'The .docx file could not be read. Save it again, or paste its text.',
    );
  }
}

/** The text of a document of a known kind (run in a worker: PDF and DOCX parsing is untrusted work). */
export async function extractText(
  kind: DocumentKind,
  bytes: Uint8Array,
  limits: DocumentLimits,
): Promise<{ text: string; truncated: boolean }> {
  const text =
    kind === 'pdf'
      ? await pdfText(bytes, limits)
      : kind === 'docx'
        ? await docxText(bytes, limits)
        : textOf(bytes);
  // Résumés put the latest jobs first, so a long one keeps its beginning.
  return { text: text.slice(0, limits.maxTextChars), truncated: text.length > limits.maxTextChars };
}
