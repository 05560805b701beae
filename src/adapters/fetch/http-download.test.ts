import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  refusedBaseUrl,
  startFixtureServer,
  type FixtureServer,
} from '../../../test/fixtures/fetch/loopback-server.js';
import { appErrorFrom } from '../../../test/support/app-error.js';
import { downloadToFile, type DownloadOptions } from './http-download.js';

const BODY = new Uint8Array(200_000).map((_, i) => (i * 7) % 251);
const REMEDY = 'Copy the files in and set ONET_DIR instead.';

const options: DownloadOptions = {
  userAgent: 'career-recommender-test/1 (fixture)',
  responseTimeoutMs: 300,
  idleTimeoutMs: 300,
  remedy: REMEDY,
};

describe('downloadToFile', () => {
  let server: FixtureServer;
  beforeAll(async () => {
    server = await startFixtureServer({
      '/ok.zip': { kind: 'body', body: BODY },
      '/gone.zip': { kind: 'body', body: 'nope', status: 404 },
      '/broken.zip': { kind: 'body', body: 'oops', status: 500 },
      '/hang.zip': { kind: 'hang' },
      '/stall.zip': { kind: 'stall', body: BODY, sendBytes: 50_000 },
      '/cut.zip': { kind: 'truncate', body: BODY, sendBytes: 50_000 },
    });
  });
  afterAll(() => server.close());

  const freshDir = () => mkdtempSync(path.join(tmpdir(), 'careers-download-'));

  it('saves the body, returns its size and sha256, reports progress and sends the User-Agent', async () => {
    const dir = freshDir();
    const progress: [number, number | undefined][] = [];
    const result = await downloadToFile(`${server.baseUrl}/ok.zip`, path.join(dir, 'a.zip'), {
      ...options,
      onProgress: (received, total) => progress.push([received, total]),
    });
    expect(result).toEqual({
      bytes: BODY.length,
      sha256: createHash('sha256').update(BODY).digest('hex'),
    });
    expect(readFileSync(path.join(dir, 'a.zip')).equals(BODY)).toBe(true);
    expect(progress.at(-1)).toEqual([BODY.length, BODY.length]);
    expect(server.requests.at(-1)).toEqual({
      path: '/ok.zip',
      userAgent: 'career-recommender-test/1 (fixture)',
    });
    expect(readdirSync(dir)).toEqual(['a.zip']);
  });

  const failures: [string, string, RegExp][] = [
    ['a 404', '/gone.zip', /HTTP 404 Not Found\. The file may have moved/],
    [
      'a 500',
      '/broken.zip',
      /HTTP 500 Internal Server Error\. The server has a problem; try again later/,
    ],
    ['no response (timeout)', '/hang.zip', /no response within 300 ms/],
    ['a stalled body (timeout)', '/stall.zip', /the download stalled \(no data for 300 ms\)/],
    [
      'a connection cut mid-body',
      '/cut.zip',
      /the download (broke off|ended after 50000 of 200000 bytes)/,
    ],
  ];
  it.each(failures)(
    'turns %s into DATA_FETCH_FAILED naming the URL, the cause and the remedy, leaving no file',
    async (_what, urlPath, cause) => {
      const dir = freshDir();
      const url = `${server.baseUrl}${urlPath}`;
      const error = await appErrorFrom(downloadToFile(url, path.join(dir, 'x.zip'), options));
      expect(error.code).toBe('DATA_FETCH_FAILED');
      expect(error.message).toMatch(`Could not download ${url}: `);
      expect(error.message).toMatch(cause);
      expect(error.message.endsWith(REMEDY)).toBe(true);
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it('turns a refused connection into DATA_FETCH_FAILED', async () => {
    const dir = freshDir();
    const url = `${await refusedBaseUrl()}/db.zip`;
    const error = await appErrorFrom(downloadToFile(url, path.join(dir, 'x.zip'), options));
    expect(error.code).toBe('DATA_FETCH_FAILED');
    expect(error.message).toBe(
      `Could not download ${url}: the connection was refused (ECONNREFUSED). ${REMEDY}`,
    );
    expect(readdirSync(dir)).toEqual([]);
  });

  it('turns a DNS failure into DATA_FETCH_FAILED that suggests being offline', async () => {
    const url = 'http://careers-fetch-test.invalid/db.zip';
    const error = await appErrorFrom(downloadToFile(url, path.join(freshDir(), 'x.zip'), options));
    expect(error.code).toBe('DATA_FETCH_FAILED');
    expect(error.message).toMatch(/could not be resolved.*are you offline\?/);
  });

  it('says BLS refuses automated clients when bls.gov answers 403', async () => {
    // A loopback host named like BLS is not possible, so check the wording on the message path.
    server.routes.set('/www.bls.gov/blocked.xlsx', { kind: 'body', body: 'denied', status: 403 });
    const url = `${server.baseUrl}/www.bls.gov/blocked.xlsx`;
    const error = await appErrorFrom(downloadToFile(url, path.join(freshDir(), 'x'), options));
    expect(error.message).toMatch(
      /HTTP 403 Forbidden\. BLS refuses requests it takes for automated clients/,
    );
  });
});
