import { existsSync } from 'node:fs';
import path from 'node:path';
import { BLS_OUTPUT_FILES } from './data-sources.js';

/** The file whose presence says an O*NET text release is in a folder. */
const ONET_MARKER = 'Occupation Data.txt';

/**
 * True when the O*NET folder holds a text release and the BLS folder both tables, i.e. there is
 * local data to build the catalog from (whether it is complete is the catalog loader's to say).
 */
export function hasLocalData(dirs: { readonly onetDir: string; readonly blsDir: string }): boolean {
  return (
    existsSync(path.join(dirs.onetDir, ONET_MARKER)) &&
    existsSync(path.join(dirs.blsDir, BLS_OUTPUT_FILES.ep)) &&
    existsSync(path.join(dirs.blsDir, BLS_OUTPUT_FILES.oews))
  );
}
