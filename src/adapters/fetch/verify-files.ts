import { stat } from 'node:fs/promises';
import path from 'node:path';
import { hashFile } from './file-hash.js';
import type { ManifestFile, ManifestSource } from './manifest.js';
import { findReferenceChecksum, REFERENCE_CHECKSUMS } from './reference-checksums.js';

/** A produced file and how it compares with the reference copy listed in the data README. */
export interface FileCheck extends ManifestFile {
  /** `none` when the README lists no checksum for this file. */
  readonly reference: 'match' | 'mismatch' | 'none';
  /** The README's sha256, when there is one. */
  readonly referenceSha256?: string;
  /** True when a mismatch means the data is not the release the project was checked against. */
  readonly exact?: boolean;
  /** Where the reference came from (shown with a mismatch). */
  readonly provenance?: string;
}

/** Compares one produced file with its reference checksum, if the README lists one. */
export function checkAgainstReference(target: 'onet' | 'bls', file: ManifestFile): FileCheck {
  const ref = findReferenceChecksum(target, file.name);
  if (!ref) return { ...file, reference: 'none' };
  return {
    ...file,
    reference: ref.sha256 === file.sha256 ? 'match' : 'mismatch',
    referenceSha256: ref.sha256,
    exact: ref.exact,
    provenance: ref.provenance,
  };
}

async function hashIfPresent(dir: string, name: string): Promise<ManifestFile | undefined> {
  const full = path.join(dir, name);
  try {
    if (!(await stat(full)).isFile()) return undefined;
  } catch {
    return undefined;
  }
  return { name, ...(await hashFile(full)) };
}

/**
 * The files of a data set when all of them are present and verified, else undefined.
 * Verified means: same sha256 as recorded in MANIFEST.json by an earlier fetch or, for files
 * copied in by hand without a manifest entry, the same sha256 as the README's reference.
 */
export async function findVerifiedFiles(
  dir: string,
  target: 'onet' | 'bls',
  recorded: ManifestSource | undefined,
  expectedNames: readonly string[],
): Promise<readonly ManifestFile[] | undefined> {
  const wanted = recorded
    ? recorded.files
    : expectedNames.map((name) => ({ name, sha256: findReferenceChecksum(target, name)?.sha256 }));
  if (wanted.length === 0) return undefined;
  const found: ManifestFile[] = [];
  for (const want of wanted) {
    const actual = await hashIfPresent(dir, want.name);
    if (!actual || want.sha256 === undefined || actual.sha256 !== want.sha256) return undefined;
    found.push(actual);
  }
  return found;
}

/** Names of the reference files of one folder (what a hand-copied folder is checked against). */
export function referenceFileNames(target: 'onet' | 'bls'): readonly string[] {
  return REFERENCE_CHECKSUMS.filter((r) => r.target === target).map((r) => r.file);
}
