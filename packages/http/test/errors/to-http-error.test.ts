import { AgentVcError, type ErrorCode } from '@agentvc/core';
import { z } from 'zod';
import { HttpError, toHttpError } from '@agentvc/http';

describe('toHttpError', () => {
  it('passes HttpError through', () => {
    const error = new HttpError('CONFLICT', 'short and stout');
    expect(toHttpError(error)).toBe(error);
  });

  it('maps AgentVcError codes in the map and keeps the cause', () => {
    const cause = new AgentVcError('DUPLICATE_KEY', 'exists');
    const error = toHttpError(cause);
    expect(error).toMatchObject({ status: 409, code: 'CONFLICT', message: 'exists', cause });
  });

  it('leaves unmapped AgentVcErrors and plain errors to the generic 500', () => {
    expect(toHttpError(new AgentVcError('SIGNING_FAILED', 'x'))).toBeUndefined();
    expect(toHttpError(new Error('x'))).toBeUndefined();
    expect(toHttpError('a string')).toBeUndefined();
    expect(toHttpError(Object.assign(new Error('db down'), { status: 503, expose: false }))).toBeUndefined();
  });

  it('leaves an AgentVcError whose code is not in ERROR_CODES to the generic 500 instead of throwing', () => {
    expect(toHttpError(new AgentVcError('NO_SUCH_CODE' as never, 'x'))).toBeUndefined();
    expect(toHttpError(new AgentVcError('toString' as never, 'x'))).toBeUndefined();
  });

  it('answers a full challenge used-set (CHALLENGE_CAPACITY) with 503 and Retry-After, not a 500', () => {
    const cause = new AgentVcError('CHALLENGE_CAPACITY', 'used-set full', { details: { retryAfterSeconds: 2.4 } });
    const error = toHttpError(cause);
    expect(error).toMatchObject({ status: 503, code: 'CHALLENGE_CAPACITY', headers: { 'Retry-After': '3' } });
  });

  it('answers STORE_UNAVAILABLE (a database that is away) with 503 and the mapping\'s Retry-After', () => {
    const error = toHttpError(new AgentVcError('STORE_UNAVAILABLE', 'connection closed'));
    expect(error).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', headers: { 'Retry-After': '5' } });
    // an error's own retryAfterSeconds wins over the mapping's
    const own = new AgentVcError('STORE_UNAVAILABLE', 'x', { details: { retryAfterSeconds: 1 } });
    expect(toHttpError(own)?.headers).toEqual({ 'Retry-After': '1' });
  });

  it('does not expose 5xx AgentVcError messages even when mapped', () => {
    const error = toHttpError(new AgentVcError('STATUS_LIST_FULL', 'list 7 at /var/data'));
    expect(error?.status).toBe(503);
    expect(error?.message).not.toContain('/var/data');
  });

  it('turns zod errors into VALIDATION_FAILED with paths', () => {
    const result = z.object({ a: z.array(z.number()) }).safeParse({ a: [1, 'x'] });
    expect(toHttpError(result.error)).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      extensions: { errors: [{ path: 'a[1]', message: expect.any(String) }] }
    });
  });
});

describe('toHttpError with core codes named like HTTP codes', () => {
  it('answers NOT_FOUND, CONFLICT, UNAUTHORIZED and FORBIDDEN with their status', () => {
    const statuses = ['NOT_FOUND', 'CONFLICT', 'UNAUTHORIZED', 'FORBIDDEN'].map(
      (code) => toHttpError(new AgentVcError(code as ErrorCode, 'x'))?.status
    );
    expect(statuses).toEqual([404, 409, 401, 403]);
  });

  it('sends AgentVcError details as problem extensions on 4xx only', () => {
    const withDetails = (code: string) =>
      Object.assign(new AgentVcError(code as ErrorCode, 'x'), { details: { problems: [{ code: 'EXPIRED' }] } });
    expect(toHttpError(withDetails('DUPLICATE_KEY'))?.extensions).toEqual({ problems: [{ code: 'EXPIRED' }] });
    expect(toHttpError(withDetails('STORE_UNAVAILABLE'))?.extensions).toEqual({});
  });
});
