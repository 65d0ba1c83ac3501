import type { Clock } from '@agentvc/core';
import { createEmbeddedStore, type Document } from '@agentvc/store';

interface Session extends Document {
  expiresAt: Date | string;
}

describe('embedded TTL indexes', () => {
  it('remove documents lazily, by the injected clock, once expireAfterSeconds have passed', async () => {
    let now = new Date('2024-01-01T00:00:00Z');
    const clock: Clock = { now: () => now };
    const store = await createEmbeddedStore({ clock });
    const sessions = store.collection<Session>('sessions');
    await sessions.createIndexes([{ key: { expiresAt: 1 }, expireAfterSeconds: 60 }]);
    await sessions.insertOne({ _id: 'a', expiresAt: new Date('2024-01-01T00:00:00Z') });
    await sessions.insertOne({ _id: 'b', expiresAt: new Date('2024-01-01T00:05:00Z') });
    // Not a Date: MongoDB's TTL monitor ignores it, so does the embedded engine.
    await sessions.insertOne({ _id: 'c', expiresAt: '2000-01-01T00:00:00Z' });

    now = new Date('2024-01-01T00:01:00Z');
    expect(await sessions.countDocuments({})).toBe(3);
    now = new Date('2024-01-01T00:01:00.001Z');
    expect((await sessions.find({})).map((session) => session._id)).toEqual(['b', 'c']);
    now = new Date('2024-01-01T01:00:00Z');
    expect(await sessions.findOne({ _id: 'b' })).toBeNull();
    await store.close();
  });
});
