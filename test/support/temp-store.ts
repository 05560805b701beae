import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createSqliteStore } from '../../src/adapters/store/index.js';
import type { Store } from '../../src/app/ports/index.js';

/** A SQLite store in a new temporary folder, and how to close it and remove the folder. */
export async function openTempSqliteStore(
  prefix: string,
): Promise<{ readonly store: Store; readonly dispose: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  const store = await createSqliteStore({ file: path.join(dir, 'store.sqlite') });
  return {
    store,
    dispose: async () => {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
