import { Registry } from 'prom-client';
import request from 'supertest';
import { testService } from '../support/test-service.js';

describe('metrics', () => {
  it('exposes Prometheus text labelled by route pattern, not raw URL', async () => {
    const server = testService().callback();
    await request(server).get('/items/abc');
    await request(server).get('/items/def');
    await request(server).get('/items/BAD!');
    await request(server).get('/no/such/path/12345');
    const response = await request(server).get('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = response.text;
    expect(text).toContain('http_requests_total{method="GET",route="/items/:id",status="200",service="test-service"} 2');
    expect(text).toContain('http_requests_total{method="GET",route="/items/:id",status="400",service="test-service"} 1');
    expect(text).toContain('route="<unmatched>",status="404"');
    expect(text).toMatch(/http_request_duration_seconds_count\{[^}]*method="GET",route="\/items\/:id",status="200"\} 2/);
    expect(text).toContain('http_requests_in_flight');
    expect(text).not.toContain('abc');
    expect(text).not.toContain('12345');
  });

  it('collects default process metrics unless turned off', async () => {
    const withDefaults = await request(testService({ defaultMetrics: true }).callback()).get('/metrics');
    expect(withDefaults.text).toContain('process_cpu_user_seconds_total');
    const without = await request(testService().callback()).get('/metrics');
    expect(without.text).not.toContain('process_cpu_user_seconds_total');
  });

  it('keeps one registry per service, so several services share a process', async () => {
    const a = testService().callback();
    const b = testService().callback();
    await request(a).get('/health');
    const scrapeB = await request(b).get('/metrics');
    expect(scrapeB.text).not.toContain('route="/health"');
  });

  it('uses a registry the app passes, so apps can add their own metrics', async () => {
    const registry = new Registry();
    const server = testService({ metricsRegistry: registry }).callback();
    await request(server).get('/health');
    expect(await registry.metrics()).toContain('route="/health"');
  });
});
