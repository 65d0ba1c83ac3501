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

  it('names the hosts it could not reach, as the driver parsed them, never the credentials', async () => {
    const url = 'mongodb://agentvc:s3cret-pw@127.0.0.1:1,[::1]:1,db.invalid/agentvc?serverSelectionTimeoutMS=300';
    const error = await createStore({ mongodbUrl: url }).then(() => undefined, (reason: unknown) => reason as Error);
    expect(error?.message).toMatch(/^cannot connect to MongoDB at 127\.0\.0\.1:1,\[::1\]:1,db\.invalid:27017: /);
    expect(error?.message).not.toContain('s3cret-pw');
  });

  it('fails with INVALID_OPTIONS for a malformed MongoDB URL', async () => {
    await expect(createStore({ mongodbUrl: 'not-a-url' })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });
});
