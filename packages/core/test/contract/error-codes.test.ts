import { STATUS_CODES } from 'node:http';
import { buildProblem, ERROR_CODES, errorStatus, isErrorCode, type ErrorCode, type ErrorCodeEntry } from '@agentvc/core';

const entries = Object.entries(ERROR_CODES) as Array<[ErrorCode, ErrorCodeEntry]>;

describe('ERROR_CODES, the one table of codes and statuses', () => {
  it('gives every code an HTTP error status and a one-line meaning', () => {
    for (const [code, entry] of entries) {
      expect(code).toMatch(/^[A-Z][A-Z0-9_]+$/);
      expect(entry.status >= 400 && entry.status <= 599).toBe(true);
      expect(entry.meaning.length).toBeGreaterThan(5);
      expect(entry.meaning).not.toContain('\n');
    }
  });

  it('answers a code under another only when that one exists with the same status', () => {
    for (const [, entry] of entries.filter(([, e]) => e.answerAs !== undefined)) {
      expect(isErrorCode(entry.answerAs)).toBe(true);
      expect(ERROR_CODES[entry.answerAs as ErrorCode].status).toBe(entry.status);
    }
  });

  it('keeps the DID-auth and challenge codes in the shared table', () => {
    const codes: ErrorCode[] = ['DID_AUTH_FAILED', 'CHALLENGE_INVALID', 'CHALLENGE_USED', 'CHALLENGE_EXPIRED'];
    expect(codes.map(errorStatus)).toEqual([401, 401, 401, 401]);
    expect(errorStatus('NO_ACTIVE_GRANTS')).toBe(403);
    expect(errorStatus('CHALLENGE_CAPACITY')).toBe(503);
  });
});

describe('buildProblem', () => {
  it('builds an RFC 9457 body with the status and title of the code, standard members winning', () => {
    const body = buildProblem({ code: 'NO_ACTIVE_GRANTS', detail: 'none', requestId: 'r1', instance: '/x', extensions: { status: 200, code: 'FAKE', extra: 1 } });
    expect(body).toEqual({
      type: 'urn:agentvc:problem:no-active-grants',
      title: 'Forbidden',
      status: 403,
      detail: 'none',
      code: 'NO_ACTIVE_GRANTS',
      requestId: 'r1',
      instance: '/x',
      extra: 1
    });
  });

  it("titles every status in the table as Node's reason phrases do", () => {
    for (const [code, entry] of entries) {
      expect(buildProblem({ code, detail: 'x' }).title).toBe(STATUS_CODES[entry.status]);
      if (entry.alsoStatus) expect(buildProblem({ code, detail: 'x', status: entry.alsoStatus.status }).title).toBe(STATUS_CODES[entry.alsoStatus.status]);
    }
  });
});
