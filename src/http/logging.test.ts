import { describe, expect, it } from 'vitest';
import { createHttpLogger, createRedactingDestination, passwordOfUrl } from './logging.js';

describe('logging', () => {
  it('replaces every secret, raw, JSON-escaped or URL-encoded, in whatever field it appears', () => {
    const lines: string[] = [];
    const secret = 'pa"ss/wörd-123';
    const log = createHttpLogger({
      level: 'info',
      secrets: [secret, undefined, 'abc'],
      destination: { write: (l) => lines.push(l) },
    });
    log.info({ url: `/x?t=${encodeURIComponent(secret)}`, note: `db ${secret}` }, `msg ${secret}`);
    log.error({ err: new Error(`failed with ${secret}`) }, 'boom abc');
    const all = lines.join('');
    expect(all).not.toContain(secret);
    expect(all).not.toContain(JSON.stringify(secret).slice(1, -1));
    expect(all).not.toContain(encodeURIComponent(secret));
    expect(all.match(/\[REDACTED\]/g)!.length).toBeGreaterThanOrEqual(4);
    expect(all).toContain('abc');
  });

  it('censors authorization headers and secret-named fields structurally', () => {
    const lines: string[] = [];
    const log = createHttpLogger({
      level: 'info',
      secrets: [],
      destination: { write: (l) => lines.push(l) },
    });
    log.info({
      req: { headers: { authorization: 'Bearer short' } },
      config: { adminToken: 'tok' },
    });
    const entry = JSON.parse(lines[0]!);
    expect(entry.req.headers.authorization).toBe('[REDACTED]');
    expect(entry.config.adminToken).toBe('[REDACTED]');
  });

  it('passes lines through unchanged when there is nothing to scrub', () => {
    const sink = { write: (l: string) => l };
    expect(createRedactingDestination(sink, [undefined, 'short'])).toBe(sink);
  });

  it('finds the password of a connection URL', () => {
    expect(passwordOfUrl('postgres://u:p%40ss@h:5432/db')).toBe('p@ss');
    expect(passwordOfUrl('postgres://u@h/db')).toBeUndefined();
    expect(passwordOfUrl(undefined)).toBeUndefined();
    expect(passwordOfUrl('not a url')).toBeUndefined();
  });
});
