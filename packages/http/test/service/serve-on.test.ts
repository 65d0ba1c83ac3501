import Koa from 'koa';
import { serveOn } from '@agentvc/http';

const resource = () => {
  const events: string[] = [];
  return { events, close: async () => void events.push('closed') };
};

describe('serveOn', () => {
  it('serves the app and closes the resource after the server on stop', async () => {
    const store = resource();
    const app = new Koa();
    app.use((ctx) => {
      ctx.body = { ok: true };
    });
    const served = await serveOn(store, async () => ({ app, extras: { name: 'x' } }), { port: 0 });
    expect(served.name).toBe('x');
    expect(await (await fetch(`${served.url}/`)).json()).toEqual({ ok: true });
    expect(store.events).toEqual([]);
    await served.stop();
    expect(store.events).toEqual(['closed']);
    await expect(fetch(`${served.url}/`)).rejects.toThrow();
  });

  it('closes the resource when building or listening fails, and rethrows', async () => {
    const failing = resource();
    await expect(serveOn(failing, () => Promise.reject(new Error('bad key')), { port: 0 })).rejects.toThrow('bad key');
    expect(failing.events).toEqual(['closed']);
    const unlistenable = resource();
    await expect(serveOn(unlistenable, async () => ({ app: new Koa(), extras: {} }), { port: 70_000 })).rejects.toThrow();
    expect(unlistenable.events).toEqual(['closed']);
  });
});
