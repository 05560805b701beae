import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { refusedBaseUrl } from '../../../test/fixtures/fetch/loopback-server.js';
import { SHARED_BLS_DIR, SHARED_ONET_DIR } from '../../../test/support/catalog.js';
import { ensureLocalData, toSourceBases } from './ensure-local-data.js';

const lines: string[] = [];
const log = {
  info: (_: object, m: string) => lines.push(m),
  warn: (_: object, m: string) => lines.push(m),
};

async function optionsWith(dirs: { onetDir: string; blsDir: string }, configured: boolean) {
  const refused = await refusedBaseUrl();
  return {
    ...dirs,
    configured,
    sources: { onet: refused, bls: refused },
    fetchedAt: '2026-01-15T12:00:00.000Z',
    log,
  };
}

describe('ensureLocalData (the first start without data)', () => {
  const empty = () => {
    const root = mkdtempSync(path.join(tmpdir(), 'careers-ensure-'));
    return { onetDir: path.join(root, 'onet'), blsDir: path.join(root, 'bls') };
  };

  it('downloads nothing when ONET_DIR or BLS_DIR was set, even if the folders are empty', async () => {
    await expect(ensureLocalData(await optionsWith(empty(), true))).resolves.toBeUndefined();
  });

  it('downloads nothing when the default folders already hold the data', async () => {
    const shared = { onetDir: SHARED_ONET_DIR, blsDir: SHARED_BLS_DIR };
    await expect(ensureLocalData(await optionsWith(shared, false))).resolves.toBeUndefined();
  });

  it('tries the publishers when the default folders are empty, and names both ways out when they fail', async () => {
    const options = await optionsWith(empty(), false);
    await expect(ensureLocalData(options)).rejects.toMatchObject({
      code: 'DATA_FETCH_FAILED',
      message: expect.stringMatching(
        /could not download it\. Could not download http.*Two ways out/,
      ),
    });
    expect(lines).toContain('downloading O*NET 30.1 text release');
  });

  it('falls back to the official sites for a source not given', () => {
    expect(toSourceBases({ bls: 'http://127.0.0.1:1' })).toEqual({
      onet: 'https://www.onetcenter.org',
      bls: 'http://127.0.0.1:1',
    });
  });
});
