import { describe, expect, it } from 'vitest';
import { makeDocx, makePdf, makeZipBomb } from '../../../test/support/documents.js';
import { isAppError } from '../../errors.js';
import { readDocument } from './read-document.js';

const RESUME = ['Registered Nurse, 6 years', 'Administered medications and monitored vital signs'];

async function reasonOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (error) {
    if (isAppError(error)) return (error.details as { reason: string }).reason;
    throw error;
  }
  throw new Error('expected the document to be refused');
}

describe('reading a résumé file', () => {
  it('reads the text layer of a PDF', async () => {
    const { text, truncated } = await readDocument(makePdf(RESUME), 'cv.pdf');
    expect(text).toContain('Registered Nurse');
    expect(text).toContain('monitored vital signs');
    expect(truncated).toBe(false);
  }, 30_000);

  it('reads the paragraphs of a .docx', async () => {
    const { text } = await readDocument(makeDocx(RESUME), 'cv.docx');
    expect(text).toContain('Administered medications');
  }, 30_000);

  it('reads .txt and .md as UTF-8 and keeps only the first 20,000 characters of a long one', async () => {
    const md = new TextEncoder().encode('# Résumé\nCafé manager');
    expect((await readDocument(md, 'cv.md')).text).toBe('# Résumé\nCafé manager');
    const long = await readDocument(new TextEncoder().encode('x'.repeat(25_000)), 'cv.txt');
    expect(long.text).toHaveLength(20_000);
    expect(long.truncated).toBe(true);
  });

  it.each([
    ['an empty file', () => new Uint8Array(0), 'cv.pdf', 'empty-file'],
    ['a 50 MB file', () => new Uint8Array(50 * 1024 * 1024), 'cv.pdf', 'too-large'],
    ['a file type it cannot read', () => new Uint8Array([1, 2, 3]), 'cv.exe', 'unsupported-type'],
    [
      'a binary file named .txt',
      () => new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1]),
      'cv.txt',
      'binary',
    ],
    ['a .pdf that is not a PDF', () => new TextEncoder().encode('hello'), 'cv.pdf', 'binary'],
    ['a scanned PDF with no text layer', () => makePdf([]), 'scan.pdf', 'scanned-pdf'],
    ['a damaged PDF', () => new TextEncoder().encode('%PDF-1.4\ngarbage'), 'cv.pdf', 'unreadable'],
    ['a zip-bomb .docx', () => makeZipBomb(40), 'cv.docx', 'zip-bomb'],
  ])(
    'refuses %s with a reason (never a crash or a hang)',
    async (_what, bytes, name, reason) => {
      expect(await reasonOf(readDocument(bytes(), name))).toBe(reason);
    },
    30_000,
  );

  it('gives up on a document that takes longer than the deadline', async () => {
    const limits = {
      maxFileBytes: 1e7,
      maxPdfPages: 30,
      maxUnpackedBytes: 3e7,
      maxCompressionRatio: 200,
      timeoutMs: 1,
      maxHeapMb: 256,
      maxTextChars: 20_000,
    };
    expect(await reasonOf(readDocument(makePdf(RESUME), 'cv.pdf', limits))).toBe('timeout');
  }, 30_000);
});
