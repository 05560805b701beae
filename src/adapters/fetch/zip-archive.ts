import { unzipSync } from 'fflate';
import { crc32 } from 'node:zlib';

/** One member of a zip archive, as its central directory describes it. */
export interface ZipEntryInfo {
  /** Position in the central directory (fflate walks the same order). */
  readonly index: number;
  /** Path inside the archive, `/`-separated. */
  readonly name: string;
  /** CRC-32 of the uncompressed bytes, as recorded by the archiver. */
  readonly crc32: number;
  /** Uncompressed size in bytes. */
  readonly size: number;
  /** True for folder entries. */
  readonly isDirectory: boolean;
}

/** A zip archive that cannot be read or whose content does not match its own checksums. */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;

function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function u64(dv: DataView, offset: number): number {
  return Number(dv.getBigUint64(offset, true));
}

/** Finds the central directory (plain or zip64) and its entry count. */
function locateCentralDirectory(bytes: Uint8Array): { offset: number; count: number } {
  const dv = view(bytes);
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= lowest; i--) {
    if (dv.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no zip end-of-central-directory record found');
  let count = dv.getUint16(eocd + 10, true);
  let offset = dv.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20) {
    if (dv.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
      const z = u64(dv, eocd - 12);
      if (z + 56 > bytes.length || dv.getUint32(z, true) !== ZIP64_EOCD) {
        throw new ZipFormatError('broken zip64 end-of-central-directory record');
      }
      count = u64(dv, z + 32);
      offset = u64(dv, z + 48);
    }
  }
  return { offset, count };
}

/** The uncompressed size, taken from the zip64 extra field when the 32-bit field is full. */
function entrySize(dv: DataView, at: number, extraStart: number, extraEnd: number): number {
  const size = dv.getUint32(at + 24, true);
  if (size !== 0xffffffff) return size;
  for (let p = extraStart; p + 4 <= extraEnd; p += 4 + dv.getUint16(p + 2, true)) {
    if (dv.getUint16(p, true) === 0x0001) return u64(dv, p + 4);
  }
  throw new ZipFormatError('zip64 entry without its size field');
}

/** Lists the members of a zip archive from its central directory. */
export function listZipEntries(bytes: Uint8Array): readonly ZipEntryInfo[] {
  if (bytes.length < 22) throw new ZipFormatError('file too short to be a zip archive');
  const dv = view(bytes);
  const { offset, count } = locateCentralDirectory(bytes);
  const entries: ZipEntryInfo[] = [];
  let at = offset;
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || dv.getUint32(at, true) !== CENTRAL) {
      throw new ZipFormatError(`central directory entry ${index + 1} of ${count} is damaged`);
    }
    const flags = dv.getUint16(at + 8, true);
    const nameLength = dv.getUint16(at + 28, true);
    const extraLength = dv.getUint16(at + 30, true);
    const commentLength = dv.getUint16(at + 32, true);
    const rawName = bytes.subarray(at + 46, at + 46 + nameLength);
    // Bit 11 marks UTF-8 names; others are code page 437, read as latin1 like fflate does.
    const name =
      flags & 0x800 ? new TextDecoder().decode(rawName) : Buffer.from(rawName).toString('latin1');
    const extraStart = at + 46 + nameLength;
    entries.push({
      index,
      name,
      crc32: dv.getUint32(at + 16, true),
      size: entrySize(dv, at, extraStart, extraStart + extraLength),
      isDirectory: name.endsWith('/'),
    });
    at = extraStart + extraLength + commentLength;
  }
  return entries;
}

/**
 * Decompresses one member with fflate and checks its CRC-32 and size against the central
 * directory, so a corrupted download is caught instead of silently producing bad data.
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntryInfo): Uint8Array {
  let position = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, { filter: () => position++ === entry.index });
  } catch (error) {
    throw new ZipFormatError(`cannot decompress "${entry.name}": ${(error as Error).message}`);
  }
  const data = Object.values(files)[0];
  if (!data) throw new ZipFormatError(`"${entry.name}" is missing from the archive`);
  if (data.length !== entry.size) {
    throw new ZipFormatError(
      `"${entry.name}" has ${data.length} bytes, the archive says ${entry.size}`,
    );
  }
  const actual = crc32(data) >>> 0;
  if (actual !== entry.crc32) {
    throw new ZipFormatError(
      `CRC-32 mismatch in "${entry.name}" (got ${hex(actual)}, archive says ${hex(entry.crc32)})`,
    );
  }
  return data;
}

function hex(n: number): string {
  return n.toString(16).padStart(8, '0');
}
