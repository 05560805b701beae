import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { AppError } from '../../errors.js';
import { partialPathFor } from './file-hash.js';

/** How to talk to the publisher's server. */
export interface DownloadOptions {
  /** Sent as User-Agent; BLS answers 403 to requests without a descriptive one. */
  readonly userAgent: string;
  /** Longest wait for the response headers (connect, TLS and the server's first answer). */
  readonly responseTimeoutMs: number;
  /** Longest silence allowed between two chunks of the body. */
  readonly idleTimeoutMs: number;
  /** Appended to every failure message: what the user can do instead. */
  readonly remedy: string;
  /** Called after every chunk; `totalBytes` is undefined when the server sends no length. */
  readonly onProgress?: (receivedBytes: number, totalBytes: number | undefined) => void;
}

/** Size and sha256 of a completed download. */
export interface DownloadResult {
  readonly bytes: number;
  readonly sha256: string;
}

const NETWORK_CODES: Readonly<Record<string, string>> = {
  ENOTFOUND: 'the host name could not be resolved (DNS failure; are you offline?)',
  EAI_AGAIN: 'the host name could not be resolved right now (DNS failure; are you offline?)',
  ECONNREFUSED: 'the connection was refused',
  ECONNRESET: 'the connection was reset by the server',
  EHOSTUNREACH: 'the host is unreachable',
  ENETUNREACH: 'the network is unreachable (are you offline?)',
  ETIMEDOUT: 'the connection timed out',
  UND_ERR_CONNECT_TIMEOUT: 'the connection timed out',
  UND_ERR_SOCKET: 'the connection was closed unexpectedly',
  CERT_HAS_EXPIRED: "the server's TLS certificate has expired",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the server's TLS certificate could not be verified",
  SELF_SIGNED_CERT_IN_CHAIN: "the server's TLS certificate could not be verified (proxy?)",
};

/** Finds the most specific error code in an error and its `cause` chain. */
function errorCode(error: unknown): string | undefined {
  for (let e: unknown = error, depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Turns a low-level failure into words a user understands. */
function describeFailure(error: unknown): string {
  const code = errorCode(error);
  if (code && NETWORK_CODES[code]) return `${NETWORK_CODES[code]} (${code})`;
  const cause = (error as { cause?: unknown }).cause;
  const message = cause instanceof Error ? cause.message : (error as Error).message;
  return code ? `${message} (${code})` : String(message);
}

function httpHint(status: number, url: string): string {
  if (status === 403 && /bls\.gov/i.test(url)) {
    return ' BLS refuses requests it takes for automated clients.';
  }
  if (status === 404) return ' The file may have moved or been replaced by a newer release.';
  if (status >= 500) return ' The server has a problem; try again later.';
  return '';
}

/**
 * Downloads `url` to `destPath`, hashing it on the way. The bytes go to a hidden partial file
 * that is renamed only when the body arrived completely, so a failure never leaves a file at
 * `destPath`. Every failure (DNS, refused, timeout, HTTP 4xx/5xx, short body) becomes
 * AppError('DATA_FETCH_FAILED') naming the URL, what happened and `options.remedy`.
 */
export async function downloadToFile(
  url: string,
  destPath: string,
  options: DownloadOptions,
): Promise<DownloadResult> {
  const fail = (what: string, cause?: unknown): AppError =>
    new AppError('DATA_FETCH_FAILED', `Could not download ${url}: ${what}. ${options.remedy}`, {
      url,
      cause: cause === undefined ? undefined : describeFailure(cause),
    });
  const controller = new AbortController();
  let timeoutReason: string | undefined;
  let timer: NodeJS.Timeout | undefined;
  const arm = (ms: number, reason: string) => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      timeoutReason = reason;
      controller.abort(new Error(reason));
    }, ms);
  };
  const temp = partialPathFor(destPath);
  try {
    arm(options.responseTimeoutMs, `no response within ${seconds(options.responseTimeoutMs)}`);
    let response: Response;
    try {
      response = await fetch(url, {
        headers: {
          'User-Agent': options.userAgent,
          Accept: '*/*',
          'Accept-Language': 'en-US,en;q=0.9',
        },
        redirect: 'follow',
        signal: controller.signal,
      });
    } catch (error) {
      throw fail(timeoutReason ?? describeFailure(error), error);
    }
    if (!response.ok || !response.body) {
      await response.body?.cancel().catch(() => undefined);
      const status = `the server answered HTTP ${response.status} ${response.statusText}`.trim();
      throw fail(`${status}.${httpHint(response.status, url)}`.replace(/\.$/, ''));
    }
    const lengthHeader = Number(response.headers.get('content-length'));
    const totalBytes = Number.isFinite(lengthHeader) && lengthHeader > 0 ? lengthHeader : undefined;
    const hash = createHash('sha256');
    let received = 0;
    const idleReason = `the download stalled (no data for ${seconds(options.idleTimeoutMs)})`;
    arm(options.idleTimeoutMs, idleReason);
    const body = Readable.fromWeb(response.body as WebReadableStream);
    try {
      await pipeline(
        body,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            arm(options.idleTimeoutMs, idleReason);
            hash.update(chunk);
            received += chunk.length;
            options.onProgress?.(received, totalBytes);
            yield chunk;
          }
        },
        createWriteStream(temp),
      );
    } catch (error) {
      const target = (error as { path?: unknown }).path;
      if (typeof target === 'string') {
        throw fail(`writing ${target} failed: ${describeFailure(error)}`, error);
      }
      throw fail(timeoutReason ?? `the download broke off: ${describeFailure(error)}`, error);
    }
    if (totalBytes !== undefined && received !== totalBytes) {
      throw fail(`the download ended after ${received} of ${totalBytes} bytes`);
    }
    await rename(temp, destPath);
    return { bytes: received, sha256: hash.digest('hex') };
  } finally {
    clearTimeout(timer);
    await rm(temp, { force: true });
  }
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${Math.round(ms / 100) / 10} s` : `${ms} ms`;
}
