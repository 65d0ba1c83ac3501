import { Agent, request as httpRequest } from 'node:http';
import { z } from 'zod';
import { defineRoute, listen } from '@agentvc/http';
import { testService } from '../support/test-service.js';

/** GET over a real socket (loopback only): what graceful shutdown is about. */
function get(url: string, agent: Agent | false = false): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('listen', () => {
  it('serves on loopback and closes after in-flight requests finish', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const slow = defineRoute({ method: 'GET', path: '/slow', summary: 'slow', responses: { 200: z.object({ ok: z.boolean() }) } }).handle(
      async () => {
        entered();
        await gate;
        return { status: 200, body: { ok: true } };
      }
    );
    const running = await listen(testService({ routes: [slow] }), { port: 0, host: '127.0.0.1' });
    expect(running.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await get(`${running.url}/health`)).status).toBe(200);

    const inFlight = get(`${running.url}/slow`);
    await inside;
    let closed = false;
    const closing = running.close().then(() => (closed = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(closed).toBe(false);
    await expect(get(`${running.url}/health`)).rejects.toThrow();

    release();
    expect(await inFlight).toEqual({ status: 200, body: '{"ok":true}' });
    await closing;
    expect(closed).toBe(true);
    await running.close();
  });

  it('does not wait for idle or finished keep-alive connections', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const slow = defineRoute({ method: 'GET', path: '/slow', summary: 'slow', responses: { 200: z.object({ ok: z.boolean() }) } }).handle(
      async () => {
        entered();
        await gate;
        return { status: 200, body: { ok: true } };
      }
    );
    const running = await listen(testService({ routes: [slow] }), { port: 0, shutdownTimeoutMs: 5000 });
    const idleAgent = new Agent({ keepAlive: true });
    const busyAgent = new Agent({ keepAlive: true });
    try {
      await get(`${running.url}/health`, idleAgent);
      await get(`${running.url}/health`, busyAgent);
      const inFlight = get(`${running.url}/slow`, busyAgent);
      await inside;
      const started = Date.now();
      const closing = running.close();
      release();
      expect((await inFlight).status).toBe(200);
      await closing;
      expect(Date.now() - started).toBeLessThan(1000);
    } finally {
      idleAgent.destroy();
      busyAgent.destroy();
    }
  });
});
