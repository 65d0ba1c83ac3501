import request from 'supertest';
import { captureLogs } from '../support/capture-logs.js';
import { testService } from '../support/test-service.js';

describe('request logs', () => {
  it('writes one line per request with the request id, method, path, route, status and duration', async () => {
    const logs = captureLogs();
    const server = testService({ logger: logs.logger }).callback();
    await request(server).get('/items/abc?limit=3&token=query-secret').set('X-Request-Id', 'req-42');
    const line = logs.lines().find((l) => l.msg === 'request');
    expect(line).toMatchObject({
      requestId: 'req-42',
      method: 'GET',
      path: '/items/abc',
      route: '/items/:id',
      status: 200,
      durationMs: expect.any(Number)
    });
    expect(logs.text()).not.toContain('query-secret');
  });

  it('never logs the Authorization header or the body', async () => {
    const logs = captureLogs();
    const server = testService({ logger: logs.logger }).callback();
    await request(server).get('/me').set('Authorization', 'Bearer good-token');
    await request(server).get('/me').set('Authorization', 'Bearer very-secret-token');
    await request(server)
      .post('/items')
      .set('Authorization', 'Bearer another-secret')
      .send({ name: 'body-secret', price: { value: 1, currency: 'USD' } });
    await request(server).post('/items').send('{"name":"broken-secret"');
    await request(server).get('/boom').set('Authorization', 'Bearer boom-secret');
    const text = logs.text();
    expect(logs.lines().length).toBeGreaterThanOrEqual(5);
    for (const secret of ['good-token', 'very-secret-token', 'another-secret', 'body-secret', 'broken-secret', 'boom-secret']) {
      expect(text).not.toContain(secret);
    }
    expect(text.toLowerCase()).not.toContain('authorization');
  });

  it('logs 5xx answers at warn level and the rest at info', async () => {
    const logs = captureLogs();
    const server = testService({ logger: logs.logger }).callback();
    await request(server).get('/boom');
    await request(server).get('/nowhere');
    const requestLines = logs.lines().filter((l) => l.msg === 'request' || l.msg === 'request failed');
    expect(requestLines.map((l) => [l.status, l.level])).toEqual([
      [500, 40],
      [404, 30]
    ]);
  });
});
