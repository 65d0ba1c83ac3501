import { createStore } from '@agentvc/store';

describe('createStore', () => {
  it('uses the embedded engine when no MongoDB URL is configured', async () => {
    const store = await createStore({});
    expect(store.engine).toBe('embedded');
    await store.ping();
    await store.close();
  });

  it('fails with STORE_UNAVAILABLE when MongoDB cannot be reached', async () => {
    // Port 1 on loopback refuses connections; the short timeout keeps the test fast.
    const connecting = createStore({ mongodbUrl: 'mongodb://127.0.0.1:1/?serverSelectionTimeoutMS=300' });
    await expect(connecting).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });

  it('fails with INVALID_OPTIONS for a malformed MongoDB URL', async () => {
    await expect(createStore({ mongodbUrl: 'not-a-url' })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });
});
