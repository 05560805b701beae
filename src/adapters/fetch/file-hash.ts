import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** Lower-case hex sha256 of a byte array or string (strings are hashed as UTF-8). */
export function sha256Hex(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Size and sha256 of a file, read as a stream so large files are not held in memory. */
export async function hashFile(filePath: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(filePath)) {
    const buffer = chunk as Buffer;
    bytes += buffer.length;
    hash.update(buffer);
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** The hidden temporary name used while `filePath` is being written (never ends in .txt/.tsv). */
export function partialPathFor(filePath: string): string {
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.partial`);
}

/**
 * Writes a file so that readers see either the old content or the complete new content:
 * the bytes go to a hidden temporary file in the same folder, are flushed, then renamed.
 */
export async function writeFileAtomic(filePath: string, data: Uint8Array | string): Promise<void> {
  const temp = partialPathFor(filePath);
  try {
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, filePath);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
