import { describe, expect, it } from 'vitest';
import { runSoak } from '../../bench/soak.bench.js';
import { loadTestCatalog } from '../http/support/start-api.js';
import { SHARED_TEST_DATA_DIR } from '../support/catalog.js';

describe('soak smoke (the short CI version of npm run bench:soak)', () => {
  it('serves every request of a few seconds at 80% of the measured maximum with a 2xx', async () => {
    await loadTestCatalog(); // makes sure the compiled catalog exists in the shared test folder
    const r = await runSoak({
      probeSeconds: 2,
      soakSeconds: 5,
      load: 0.8,
      catalogDir: SHARED_TEST_DATA_DIR,
    });
    expect(r.requests).toBeGreaterThan(0);
    expect(r.errors).toBe(0);
    expect(r.timeouts).toBe(0);
    expect(r.non2xx).toBe(0);
    expect(r.memoryEnd.rssMb).toBeGreaterThan(0);
  }, 180_000);
});
