import { describe, expect, it } from 'vitest';
import { parseConfig, toPublicUrl } from './config.js';

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

describe('parseConfig: where the data comes from', () => {
  it('uses ./data/onet and ./data/bls, not configured, with the official sources by default', () => {
    const config = parseConfig({}, '/srv');
    expect(config.onetDir).toBe('/srv/data/onet');
    expect(config.blsDir).toBe('/srv/data/bls');
    expect(config.dataDirsConfigured).toBe(false);
    expect(config.dataSources).toEqual({ onet: undefined, bls: undefined });
  });

  it('counts ONET_DIR or BLS_DIR as configured, and an empty value as unset', () => {
    expect(parseConfig({ ONET_DIR: '/d/onet' }, '/srv').dataDirsConfigured).toBe(true);
    expect(parseConfig({ BLS_DIR: 'bls' }, '/srv').dataDirsConfigured).toBe(true);
    expect(parseConfig({ ONET_DIR: ' ', BLS_DIR: '' }, '/srv').dataDirsConfigured).toBe(false);
  });

  it('reads ONET_SOURCE_URL and BLS_SOURCE_URL, and refuses anything but an http(s) URL', () => {
    const config = parseConfig(
      { ONET_SOURCE_URL: 'http://127.0.0.1:9000', BLS_SOURCE_URL: 'https://mirror.example/bls' },
      '/srv',
    );
    expect(config.dataSources).toEqual({
      onet: 'http://127.0.0.1:9000',
      bls: 'https://mirror.example/bls',
    });
    expect(() => parseConfig({ ONET_SOURCE_URL: 'ftp://x' }, '/srv')).toThrow(
      expect.objectContaining({ code: 'CONFIG_INVALID' }),
    );
  });
});

describe('toPublicUrl', () => {
  it('gives the address to open: a wildcard host on the loopback, an IPv6 host in brackets', () => {
    expect(toPublicUrl({ host: '127.0.0.1', port: 3000 })).toBe('http://127.0.0.1:3000/');
    expect(toPublicUrl({ host: '0.0.0.0', port: 8080 })).toBe('http://127.0.0.1:8080/');
    expect(toPublicUrl({ host: '::', port: 80 })).toBe('http://127.0.0.1:80/');
    expect(toPublicUrl({ host: '::1', port: 3000 })).toBe('http://[::1]:3000/');
    expect(toPublicUrl({ host: 'careers.local', port: 3000 })).toBe('http://careers.local:3000/');
  });
});
