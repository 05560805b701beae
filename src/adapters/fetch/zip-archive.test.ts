import { zipSync } from 'fflate';
import { crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { listZipEntries, readZipEntry, ZipFormatError } from './zip-archive.js';

const text = (s: string) => new TextEncoder().encode(s);

describe('zip archive reading', () => {
  const zip = zipSync({
    db_30_1_text: {},
    'db_30_1_text/Occupation Data.txt': text('O*NET-SOC Code\tTitle\tDescription\r\n'),
    'db_30_1_text/Job Zones.txt': [text('x'.repeat(5000)), { level: 9 }],
    'stored.txt': [text('plain'), { level: 0 }],
  });

  it('lists members with names, sizes and CRC-32 from the central directory', () => {
    const entries = listZipEntries(zip);
    expect(entries.map((e) => [e.name, e.size, e.isDirectory])).toEqual([
      ['db_30_1_text/', 0, true],
      ['db_30_1_text/Occupation Data.txt', 34, false],
      ['db_30_1_text/Job Zones.txt', 5000, false],
      ['stored.txt', 5, false],
    ]);
    expect(entries[3]?.crc32).toBe(crc32('plain'));
  });

  it('decompresses a member and checks it against its CRC-32', () => {
    const [, occupations, zones] = listZipEntries(zip);
    expect(new TextDecoder().decode(readZipEntry(zip, occupations!))).toBe(
      'O*NET-SOC Code\tTitle\tDescription\r\n',
    );
    expect(readZipEntry(zip, zones!).length).toBe(5000);
  });

  it('rejects a member whose bytes were damaged in transit (CRC-32 mismatch)', () => {
    const damaged = zip.slice();
    const stored = listZipEntries(damaged)[3]!;
    // The stored member's bytes are the last file data before the central directory.
    const at = Buffer.from(damaged).indexOf('plain');
    damaged[at] = 'P'.charCodeAt(0);
    expect(() => readZipEntry(damaged, stored)).toThrow(ZipFormatError);
    expect(() => readZipEntry(damaged, stored)).toThrow(/CRC-32 mismatch in "stored.txt"/);
  });

  it('rejects data that is not a zip archive', () => {
    expect(() => listZipEntries(text('<!DOCTYPE html><html>Access denied</html>'))).toThrow(
      /no zip end-of-central-directory record/,
    );
    expect(() => listZipEntries(text('short'))).toThrow(/too short/);
  });
});
