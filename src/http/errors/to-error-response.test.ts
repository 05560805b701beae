import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AppError, type ErrorCode } from '../../errors.js';
import { HttpError, STATUS_BY_CODE, toErrorResponse } from './to-error-response.js';

describe('toErrorResponse', () => {
  it('keeps the code, message and details of an AppError and maps its status', () => {
    const r = toErrorResponse(new AppError('UNKNOWN_NAME', 'no skill "x"', { unknown: [] }));
    expect(r).toMatchObject({
      status: 422,
      code: 'UNKNOWN_NAME',
      message: 'no skill "x"',
      details: { unknown: [] },
      internal: false,
    });
  });

  it('gives every app error code a status', () => {
    const codes: ErrorCode[] = [
      'DATA_MISSING',
      'DATA_INVALID',
      'DATA_FETCH_FAILED',
      'VALIDATION_FAILED',
      'UNKNOWN_NAME',
      'NOT_FOUND',
      'MODEL_MISSING',
      'MODEL_INVALID',
      'MODEL_INCOMPATIBLE',
      'STORE_UNAVAILABLE',
      'UNAUTHORIZED',
      'RATE_LIMITED',
      'NOT_READY',
      'CONFIG_INVALID',
      'INTERNAL',
    ];
    for (const code of codes) expect(STATUS_BY_CODE[code], code).toBeGreaterThanOrEqual(400);
    expect(STATUS_BY_CODE.MODEL_MISSING).toBe(503);
    expect(STATUS_BY_CODE.NOT_FOUND).toBe(404);
  });

  it('adds Retry-After to RATE_LIMITED (from the details) and NOT_READY, WWW-Authenticate to 401', () => {
    expect(
      toErrorResponse(new AppError('RATE_LIMITED', 'slow down', { retryAfterSeconds: 17 })).headers,
    ).toEqual({ 'retry-after': '17' });
    expect(toErrorResponse(new AppError('NOT_READY', 'loading')).headers['retry-after']).toBe('5');
    expect(toErrorResponse(new AppError('UNAUTHORIZED', 'no')).headers['www-authenticate']).toMatch(
      /^Bearer/,
    );
  });

  it('lists zod issues with their paths as VALIDATION_FAILED', () => {
    const parsed = z.object({ a: z.object({ b: z.number() }) }).safeParse({ a: { b: 'x' } });
    const r = toErrorResponse(parsed.error);
    expect(r.status).toBe(400);
    expect(r.code).toBe('VALIDATION_FAILED');
    expect(r.details).toEqual({
      issues: [{ in: 'body', path: 'a.b', message: expect.stringMatching(/number/) }],
    });
    expect(r.message).toMatch(/body\.a\.b/);
  });

  it('maps framework validation errors with their context', () => {
    const error = Object.assign(new Error('bad'), {
      statusCode: 400,
      validationContext: 'querystring',
      validation: [{ instancePath: '/limit', message: 'Too big' }],
    });
    expect(toErrorResponse(error).details).toEqual({
      issues: [{ in: 'querystring', path: 'limit', message: 'Too big' }],
    });
  });

  it('maps body-parser failures to 413, 415 and 400 MALFORMED_JSON', () => {
    const coded = (code: string, statusCode: number) =>
      Object.assign(new Error(code), { code, statusCode });
    expect(toErrorResponse(coded('FST_ERR_CTP_BODY_TOO_LARGE', 413), 2048)).toMatchObject({
      status: 413,
      code: 'BODY_TOO_LARGE',
      message: expect.stringMatching(/2 kB/),
    });
    expect(toErrorResponse(coded('FST_ERR_CTP_INVALID_MEDIA_TYPE', 415)).status).toBe(415);
    expect(toErrorResponse(coded('FST_ERR_CTP_INVALID_JSON_BODY', 400)).code).toBe(
      'MALFORMED_JSON',
    );
  });

  it('maps HTTP-only errors by their code', () => {
    expect(toErrorResponse(new HttpError('RETRAIN_IN_PROGRESS', 'wait')).status).toBe(409);
  });

  it('hides unknown errors and 500-class app errors behind a generic message', () => {
    for (const error of [
      new Error('secret stack detail'),
      new AppError('INTERNAL', 'secret detail'),
      'a thrown string',
      null,
    ]) {
      const r = toErrorResponse(error);
      expect(r.status).toBe(500);
      expect(r.internal).toBe(true);
      if (r.code === 'INTERNAL') expect(r.message).not.toMatch(/secret/);
    }
  });
});
