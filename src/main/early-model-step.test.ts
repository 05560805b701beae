import { mkdtemp, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseConfig } from '../config/index.js';
import { SHARED_BLS_DIR, SHARED_ONET_DIR } from '../../test/support/catalog.js';
import { startEarlyModelStep } from './early-model-step.js';

const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'early-step-'));
  dirs.push(dir);
  return dir;
};
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('startEarlyModelStep', () => {
  it('starts nothing and leaves the store alone while the data has yet to be downloaded', async () => {
    const dataDir = await tempDir();
    const config = parseConfig(
      {
        ONET_DIR: path.join(dataDir, 'missing-onet'),
        BLS_DIR: path.join(dataDir, 'missing-bls'),
        DATA_DIR: dataDir,
      },
      process.cwd(),
    );
    expect(await startEarlyModelStep(config)).toBeNull();
    expect(existsSync(path.join(dataDir, 'careers.sqlite'))).toBe(false);
  });

  it('starts nothing when the store cannot be opened, so the server reports it as usual', async () => {
    const dataDir = await tempDir();
    const config = parseConfig(
      {
        ONET_DIR: SHARED_ONET_DIR,
        BLS_DIR: SHARED_BLS_DIR,
        DATA_DIR: dataDir,
        // Nothing listens on port 1: the connection is refused.
        DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
      },
      process.cwd(),
    );
    expect(await startEarlyModelStep(config)).toBeNull();
  });
});
