import request from 'supertest';
import { isSaneRequestId } from '@agentvc/http';
import { testService } from '../support/test-service.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('request ids', () => {
  const server = testService().callback();

  it('keeps a sane incoming X-Request-Id and echoes it in the header and problem body', async () => {
    const response = await request(server).get('/nowhere').set('X-Request-Id', 'trace-01:abc.DEF_9');
    expect(response.headers['x-request-id']).toBe('trace-01:abc.DEF_9');
    expect(response.body.requestId).toBe('trace-01:abc.DEF_9');
  });

  it('makes a UUID when none is sent', async () => {
    const response = await request(server).get('/health');
    expect(response.headers['x-request-id']).toMatch(UUID);
  });

  it.each([
    ['too long', 'a'.repeat(129)],
    ['spaces', 'two words'],
    ['log injection', 'abc\\n{"level":60}'],
    ['slashes', '../../etc'],
    ['quotes', '"x"']
  ])('replaces an insane id (%s)', async (_why, id) => {
    const response = await request(server).get('/health').set('X-Request-Id', id);
    expect(response.headers['x-request-id']).toMatch(UUID);
  });

  it('accepts exactly the token alphabet up to 128 characters', () => {
    expect(isSaneRequestId('a'.repeat(128))).toBe(true);
    expect(isSaneRequestId('')).toBe(false);
    expect(isSaneRequestId('é')).toBe(false);
    expect(isSaneRequestId(undefined)).toBe(false);
  });

  it('makes a different id per request', async () => {
    const [a, b] = await Promise.all([request(server).get('/health'), request(server).get('/health')]);
    expect(a.headers['x-request-id']).not.toBe(b.headers['x-request-id']);
  });
});
