import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_ROOT } from '../../../test/support/catalog.js';
import { REFERENCE_CHECKSUMS } from './reference-checksums.js';

const README = path.join(SHARED_DATA_ROOT, 'README.md');

describe('reference checksums', () => {
  it.skipIf(!existsSync(README))('lists exactly the sha256 values of the data README', () => {
    const rows = readFileSync(README, 'utf8')
      .split('\n')
      .map((line) => /^\| `(onet|bls)\/([^`]+)` \|.*\| `([0-9a-f]{64})` \|$/.exec(line))
      .flatMap((m) => (m ? [`${m[1]}/${m[2]} ${m[3]}`] : []));
    const ours = REFERENCE_CHECKSUMS.map((r) => `${r.target}/${r.file} ${r.sha256}`);
    expect(ours.sort()).toEqual(rows.sort());
    expect(ours).toHaveLength(27);
  });

  it('expects byte-identity only where the reference is an exact copy or our own conversion', () => {
    const loose = REFERENCE_CHECKSUMS.filter((r) => !r.exact).map((r) => r.file);
    expect(loose.sort()).toEqual(['Abilities.txt', 'Knowledge.txt', 'Skills.txt']);
  });
});
