import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './file-hash.js';

/** File name of the manifest written into ONET_DIR and BLS_DIR. */
export const MANIFEST_FILE = 'MANIFEST.json';

const MANIFEST_FORMAT = 'careers-data-manifest/1';

const fileSchema = z.object({
  name: z.string().min(1),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

const sourceSchema = z.object({
  id: z.enum(['onet-text', 'bls-ep', 'bls-oews']),
  url: z.string().min(1),
  fetchedAt: z.string().min(1),
  archive: fileSchema,
  files: z.array(fileSchema),
});

const manifestSchema = z.object({
  format: z.literal(MANIFEST_FORMAT),
  sources: z.array(sourceSchema),
});

/** Name, size and sha256 of one file (a download or a produced file). */
export type ManifestFile = Readonly<z.infer<typeof fileSchema>>;

/** What one official download was, when it was fetched and which files it produced. */
export interface ManifestSource {
  readonly id: 'onet-text' | 'bls-ep' | 'bls-oews';
  readonly url: string;
  /** ISO timestamp supplied by the caller. */
  readonly fetchedAt: string;
  /** The downloaded archive or workbook itself (deleted after conversion). */
  readonly archive: ManifestFile;
  readonly files: readonly ManifestFile[];
}

/** Contents of MANIFEST.json: one entry per official download that fed this folder. */
export interface DataManifest {
  readonly format: typeof MANIFEST_FORMAT;
  readonly sources: readonly ManifestSource[];
}

/** An empty manifest. */
export function emptyManifest(): DataManifest {
  return { format: MANIFEST_FORMAT, sources: [] };
}

/**
 * Reads `<dir>/MANIFEST.json`. A missing, unreadable or foreign file counts as no manifest:
 * the next fetch then downloads again instead of trusting it.
 */
export async function loadManifest(dir: string): Promise<DataManifest> {
  let text: string;
  try {
    text = await readFile(path.join(dir, MANIFEST_FILE), 'utf8');
  } catch {
    return emptyManifest();
  }
  try {
    const parsed = manifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : emptyManifest();
  } catch {
    return emptyManifest();
  }
}

/** The manifest with `source` added, replacing an older entry for the same download. */
export function withSource(manifest: DataManifest, source: ManifestSource): DataManifest {
  const others = manifest.sources.filter((s) => s.id !== source.id);
  const sources = [...others, source].sort((a, b) => a.id.localeCompare(b.id));
  return { format: manifest.format, sources };
}

/** Writes `<dir>/MANIFEST.json` atomically, pretty-printed with a final newline. */
export async function saveManifest(dir: string, manifest: DataManifest): Promise<void> {
  await writeFileAtomic(path.join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
}
