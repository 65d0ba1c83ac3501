import request from 'supertest';
import { captureLogs } from '../support/capture-logs.js';
import { testService } from '../support/test-service.js';

describe('health and readiness', () => {
  it('answers /health with 200 {status: ok}', async () => {
    const response = await request(testService().callback()).get('/health');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers /ready with 200 when every check passes', async () => {
    const server = testService({ readiness: { store: async () => {}, keys: async () => {} } }).callback();
    const response = await request(server).get('/ready');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok', checks: { store: 'ok', keys: 'ok' } });
  });

  it('answers /ready with 503 NOT_READY naming the failed check, logging its error', async () => {
    const logs = captureLogs();
    const server = testService({
      logger: logs.logger,
      readiness: {
        store: () => Promise.reject(new Error('connect ECONNREFUSED 10.1.2.3:27017')),
        keys: async () => {}
      }
    }).callback();
    const response = await request(server).get('/ready');
    expect(response.status).toBe(503);
    expect(response.headers['content-type']).toBe('application/problem+json');
    expect(response.body).toMatchObject({ code: 'NOT_READY', detail: 'Not ready: store', checks: { store: 'fail', keys: 'ok' } });
    expect(JSON.stringify(response.body)).not.toContain('10.1.2.3');
    expect(logs.lines().find((line) => line.check === 'store')).toMatchObject({ msg: 'readiness check failed', level: 40 });
  });

  it('fails a check that does not answer in time', async () => {
    const server = testService({
      readinessTimeoutMs: 20,
      readiness: { slow: () => new Promise<void>(() => {}) }
    }).callback();
    const response = await request(server).get('/ready');
    expect(response.status).toBe(503);
    expect(response.body.checks).toEqual({ slow: 'fail' });
  });
});
