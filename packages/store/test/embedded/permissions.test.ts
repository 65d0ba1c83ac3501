import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedStore, repairDataDir } from '@agentvc/store';

const modeOf = async (path: string): Promise<number> => (await stat(path)).mode & 0o777;

describe.each([0o022, 0o000])('embedded data directory permissions under umask %o', (umask) => {
  let root: string;
  let previous: number;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'agentvc-modes-'));
    previous = process.umask(umask);
  });
  afterEach(async () => {
    process.umask(previous);
    await rm(root, { recursive: true, force: true });
  });

  it('creates directories 0700 and the data files, their compacted copies and the lock 0600', async () => {
    const dataDir = join(root, 'data', 'issuer');
    const store = await createEmbeddedStore({ dataDir });
    expect(await modeOf(join(root, 'data'))).toBe(0o700);
    expect(await modeOf(dataDir)).toBe(0o700);
    expect(await modeOf(join(dataDir, 'LOCK'))).toBe(0o600);
    const items = store.collection<{ _id: string; n: number }>('items');
    await items.createIndexes([{ key: { n: 1 } }]);
    for (let n = 0; n < 5; n += 1) await items.insertOne({ _id: `i${n}`, n });
    expect(await modeOf(join(dataDir, 'items.db'))).toBe(0o600);
    await store.close(); // compacts: a new file renamed over the old one
    expect(await modeOf(join(dataDir, 'items.db'))).toBe(0o600);
    expect(await readdir(dataDir)).toEqual(['items.db']);
  });

  it('tightens a data file left 0644 by an earlier version, and writes torn-tail copies and backups 0600', async () => {
    const dataDir = join(root, 'data');
    const store = await createEmbeddedStore({ dataDir });
    await store.close();
    await writeFile(join(dataDir, 'old.db'), '{"_id":"a"}\n{"_id":"b"', { mode: 0o644 });
    await chmod(join(dataDir, 'old.db'), 0o644);
    await writeFile(join(dataDir, 'old.db~'), '{"_id":"stale"}\n', { mode: 0o644 }); // a crashed compaction's copy
    await chmod(join(dataDir, 'old.db~'), 0o644);
    await writeFile(join(dataDir, 'unused.db'), '{"_id":"u"}\n', { mode: 0o644 });
    await chmod(join(dataDir, 'unused.db'), 0o644);
    const reopened = await createEmbeddedStore({ dataDir });
    expect(await modeOf(join(dataDir, 'unused.db'))).toBe(0o600); // at start, though never opened
    expect(await reopened.collection('old').countDocuments({})).toBe(1);
    expect(await modeOf(join(dataDir, 'old.db'))).toBe(0o600);
    expect(await modeOf(join(dataDir, 'old.db.torn'))).toBe(0o600);
    await reopened.close();

    await writeFile(join(dataDir, 'broken.db'), 'garbage\n{"_id":"a"}\n', { mode: 0o600 });
    const [repaired] = await repairDataDir({ dataDir });
    expect(await modeOf(repaired?.backup ?? '')).toBe(0o600);
    expect(await modeOf(join(dataDir, 'broken.db'))).toBe(0o600);
  });
});
