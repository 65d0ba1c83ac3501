import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmbeddedStore } from '@agentvc/store';

const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const fixture = fileURLToPath(new URL('./fixtures/write-until-killed.ts', import.meta.url));
const ACKS_BEFORE_KILL = 400;

describe('embedded engine durability', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'agentvc-durability-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('keeps every acknowledged write when the process is SIGKILLed mid-stream', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', fixture, dataDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    const acked: Array<{ id: string; counter: number }> = [];
    let pending = '';
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString()).split('\n');
      pending = lines.pop() ?? ''; // an unfinished line is not a complete acknowledgement
      for (const line of lines) {
        const [id = '', counter = ''] = line.split(' ');
        acked.push({ id, counter: Number(counter) });
      }
      if (acked.length >= ACKS_BEFORE_KILL && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    // 'close' (not 'exit') waits until stdout is drained, so no printed acknowledgement is missed.
    const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
    if (signal !== 'SIGKILL') throw new Error(`the writer exited by itself (code ${code}): ${stderr}`);
    expect(acked.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);

    // The killed writer's LOCK file is stale (its pid is gone), so the data directory opens.
    const store = await createEmbeddedStore({ dataDir });
    try {
      const documents = store.collection('acked');
      const ids = new Set((await documents.find({}, { projection: { _id: 1 } })).map((document) => document._id));
      const lost = acked.filter(({ id }) => !ids.has(id));
      expect(lost).toEqual([]);
      const counter = await store.collection<{ _id: string; value: number }>('counters').findOne({ _id: 'c' });
      expect(counter?.value).toBeGreaterThanOrEqual(Math.max(...acked.map((ack) => ack.counter)));
      // At most the write in flight at the kill may have landed unacknowledged.
      expect(ids.size - acked.length).toBeLessThanOrEqual(1);
    } finally {
      await store.close();
    }
  }, 20_000);
});
