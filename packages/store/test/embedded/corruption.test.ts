import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAgentVcError } from '@agentvc/core';
import { createEmbeddedStore, createStore } from '@agentvc/store';

const line = (value: unknown): string => `${JSON.stringify(value)}\n`;
const credentials = Array.from({ length: 20 }, (_, i) => line({ _id: `urn:uuid:${i}`, status: 'active' })).join('');

async function startError(dataDir: string): Promise<unknown> {
  return createEmbeddedStore({ dataDir }).then(
    async (store) => {
      await store.close();
      return undefined;
    },
    (error: unknown) => error
  );
}

describe('embedded data files: corruption refuses the start, a torn tail is cut', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'agentvc-corrupt-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('refuses one garbled line in the middle, naming the file and the line (nedb skipped it)', async () => {
    const lines = credentials.split('\n');
    lines[11] = '{"_id":"urn:uuid:11","sta\u0000us":"rev';
    await writeFile(join(dataDir, 'credentials.db'), lines.join('\n'));
    const error = await startError(dataDir);
    expect(isAgentVcError(error, 'STORE_CORRUPT')).toBe(true);
    expect((error as Error).message).toContain(`${join(dataDir, 'credentials.db')}: line 12 (not valid JSON)`);
    expect((error as Error).message).toContain(`npm run store:check -- ${dataDir}`);
    expect((error as { details?: unknown }).details).toEqual({ corrupt: [{ file: join(dataDir, 'credentials.db'), lines: [12] }] });
    // createStore (what the services call) refuses the same way, and the lock was released
    await expect(createStore({ dataDir })).rejects.toMatchObject({ code: 'STORE_CORRUPT' });
  });

  it('refuses a corrupt last line of an updated record instead of resurrecting its previous version', async () => {
    // 1 bad line in 21: under nedb's default 10%, which loaded k1 as not revoked
    const file = join(dataDir, 'api_keys.db');
    const others = Array.from({ length: 19 }, (_, i) => line({ _id: `other-${i}`, revoked: false })).join('');
    await writeFile(file, line({ _id: 'k1', revoked: false }) + others + '{"_id":"k1","revoked":tru#}\n');
    const error = await startError(dataDir);
    expect(isAgentVcError(error, 'STORE_CORRUPT')).toBe(true);
    expect((error as Error).message).toContain(`${file}: line 21 (not valid JSON)`);
  });

  it('refuses lines that parse but are no record (nedb ignores them) and invalid UTF-8', async () => {
    await writeFile(join(dataDir, 'a.db'), line({ _id: 'x' }) + line({ id: 'x', value: 1 }) + line([1, 2]));
    await writeFile(join(dataDir, 'b.db'), Buffer.concat([Buffer.from('{"_id":"y","v":"'), Buffer.from([0xc3, 0x28]), Buffer.from('"}\n')]));
    const message = ((await startError(dataDir)) as Error).message;
    expect(message).toContain('a.db: line 2 (neither a document with an _id nor an index record), line 3 (not a JSON object)');
    expect(message).toContain('b.db: line 1 (not valid UTF-8)');
  });

  it('cuts a torn tail (no newline: a write that was never acknowledged) and starts, keeping a copy', async () => {
    const file = join(dataDir, 'status_lists.db');
    const acknowledged = line({ _id: 'list-1', next: 5 }) + line({ _id: 'list-1', next: 6 });
    const torn = '{"_id":"list-1","next":7';
    await writeFile(file, acknowledged + torn);
    const store = await createEmbeddedStore({ dataDir });
    try {
      expect(await store.collection('status_lists').findOne({ _id: 'list-1' })).toEqual({ _id: 'list-1', next: 6 });
    } finally {
      await store.close();
    }
    expect(await readFile(`${file}.torn`, 'utf8')).toBe(`${torn}\n`);
  });

  it('cuts a torn tail even when it would parse: it was not acknowledged either', async () => {
    const file = join(dataDir, 'items.db');
    await writeFile(file, line({ _id: 'a', v: 1 }) + JSON.stringify({ _id: 'a', v: 2 }));
    const store = await createEmbeddedStore({ dataDir });
    expect(await store.collection('items').findOne({ _id: 'a' })).toEqual({ _id: 'a', v: 1 });
    await store.close();
  });

  it('refuses a file with a corrupt complete line even if its tail is also torn', async () => {
    const file = join(dataDir, 'items.db');
    const content = line({ _id: 'a' }) + 'garbage\n' + '{"_id":"b"';
    await writeFile(file, content);
    expect(((await startError(dataDir)) as Error).message).toContain(`${file}: line 2 (not valid JSON)`);
    expect(await readFile(file, 'utf8')).toBe(content); // left for the operator to inspect
  });
});
