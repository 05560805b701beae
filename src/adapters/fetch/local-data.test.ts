import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_BLS_DIR, SHARED_ONET_DIR } from '../../../test/support/catalog.js';
import { BLS_OUTPUT_FILES } from './data-sources.js';
import { hasLocalData } from './local-data.js';

describe('hasLocalData', () => {
  it('is true for the shared O*NET and BLS folders', () => {
    expect(hasLocalData({ onetDir: SHARED_ONET_DIR, blsDir: SHARED_BLS_DIR })).toBe(true);
  });

  it('is false for missing or empty folders, and while either BLS table is missing', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'careers-local-data-'));
    const dirs = { onetDir: path.join(root, 'onet'), blsDir: path.join(root, 'bls') };
    expect(hasLocalData(dirs)).toBe(false);
    mkdirSync(dirs.onetDir);
    mkdirSync(dirs.blsDir);
    writeFileSync(path.join(dirs.onetDir, 'Occupation Data.txt'), 'x');
    writeFileSync(path.join(dirs.blsDir, BLS_OUTPUT_FILES.ep), 'x');
    expect(hasLocalData(dirs)).toBe(false);
    writeFileSync(path.join(dirs.blsDir, BLS_OUTPUT_FILES.oews), 'x');
    expect(hasLocalData(dirs)).toBe(true);
  });
});
