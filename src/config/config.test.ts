import { describe, expect, it } from 'vitest';
import { parseConfig } from './config.js';

describe('parseConfig: the shared-store settings', () => {
  it('defaults to the public schema and a 2 s model poll', () => {
    const config = parseConfig({}, '/srv');
    expect(config.databaseSchema).toBe('public');
    expect(config.modelPollIntervalMs).toBe(2000);
  });

  it('reads DATABASE_SCHEMA and MODEL_POLL_INTERVAL_MS', () => {
    const config = parseConfig(
      { DATABASE_SCHEMA: 'careers_eu', MODEL_POLL_INTERVAL_MS: '500' },
      '/srv',
    );
    expect(config.databaseSchema).toBe('careers_eu');
    expect(config.modelPollIntervalMs).toBe(500);
  });

  it('rejects a schema that is not a lower-case identifier, and a poll under 100 ms', () => {
    for (const env of [
      { DATABASE_SCHEMA: 'Careers; drop table feedback' },
      { DATABASE_SCHEMA: '1st' },
      { MODEL_POLL_INTERVAL_MS: '10' },
    ]) {
      expect(() => parseConfig(env, '/srv')).toThrow(
        expect.objectContaining({ code: 'CONFIG_INVALID' }),
      );
    }
  });
});
