import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEmbeddedStore, inspectDataDir } from '@agentvc/store';
import { runStoreCheck } from '../../src/bin/run-store-check.js';

const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));
const line = (value: unknown): string => `${JSON.stringify(value)}\n`;
const clock = { now: () => new Date('2026-12-02T10:00:00.000Z') };

async function check(args: string[]): Promise<{ code: number; output: string[] }> {
  const output: string[] = [];
  const code = await runStoreCheck({ args, out: (text) => output.push(text), clock });
  return { code, output };
}

describe('store:check — inspecting and repairing an embedded data directory', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'agentvc-repair-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  async function damage(): Promise<string> {
    const original =
      line({ _id: 'c1', status: 'active' }) +
      '{"_id":"c2","sta#us\n' + // line 2: garbled, superseded by line 4
      line({ _id: 'c3', status: 'active' }) +
      line({ _id: 'c2', status: 'revoked' }) +
      '{"_id":"c3","status":"revo\u0000ed"}x\n' + // line 5: c3's latest line
      '{"_id":"c1"'; // torn tail
    await writeFile(join(dataDir, 'credentials.db'), original);
    await writeFile(join(dataDir, 'audit.db'), line({ _id: 'e1' }));
    return original;
  }

  it('lists the corrupt lines, which record each belonged to and whether a later line replaces it', async () => {
    await damage();
    const { code, output } = await check([dataDir]);
    expect(code).toBe(1);
    expect(output).toContain('ok       audit.db (1 lines)');
    expect(output).toContain('CORRUPT  credentials.db (5 lines, 2 corrupt)');
    expect(output).toContain('  line 2: not valid JSON: "{\\"_id\\":\\"c2\\",\\"sta#us"');
    expect(output).toContain('    record "c2": a later line (4) replaces it; dropping it loses nothing');
    expect(output.find((text) => text.startsWith('    record "c3"'))).toMatch(/latest line; dropping it rolls the record back/);
    expect(output).toContain('  after line 5: a torn tail of 11 bytes (a write cut short by a crash, never acknowledged; the next start drops it)');
    const [audit, credentials] = await inspectDataDir(dataDir);
    expect(audit?.corrupt).toEqual([]);
    expect(credentials?.corrupt.map(({ line: number, id }) => [number, id])).toEqual([[2, 'c2'], [5, 'c3']]);
  });

  it('repairs with --repair: keeps a byte-for-byte backup, drops the bad lines, and the store starts again', async () => {
    const original = await damage();
    const { code, output } = await check([dataDir, '--repair']);
    expect(code).toBe(0);
    const backup = join(dataDir, 'credentials.db.2026-12-02T10-00-00-000Z.bak');
    expect(output).toContain(`repaired credentials.db: dropped line(s) 2, 5 and a torn tail of 11 bytes; the original is in ${backup}`);
    expect(await readFile(backup, 'utf8')).toBe(original);
    expect(await readFile(join(dataDir, 'credentials.db'), 'utf8')).toBe(
      line({ _id: 'c1', status: 'active' }) + line({ _id: 'c3', status: 'active' }) + line({ _id: 'c2', status: 'revoked' })
    );
    expect((await readdir(dataDir)).sort()).toEqual(['audit.db', 'credentials.db', 'credentials.db.2026-12-02T10-00-00-000Z.bak']);
    expect(await check([dataDir])).toMatchObject({ code: 0 });

    const store = await createEmbeddedStore({ dataDir });
    try {
      expect(await store.collection('credentials').find({}, { sort: { _id: 1 } })).toEqual([
        { _id: 'c1', status: 'active' },
        { _id: 'c2', status: 'revoked' },
        { _id: 'c3', status: 'active' } // rolled back, as the report warned
      ]);
    } finally {
      await store.close();
    }
  });

  it('refuses to repair while a store has the directory open, and explains its usage', async () => {
    await damage();
    await rm(join(dataDir, 'credentials.db'));
    const store = await createEmbeddedStore({ dataDir });
    await writeFile(join(dataDir, 'credentials.db'), 'garbage\n');
    try {
      const { code, output } = await check([dataDir, '--repair']);
      expect(code).toBe(2);
      expect(output.at(-1)).toMatch(/^repair failed: data directory .* is (already open in this process|in use by process)/);
      expect(await readFile(join(dataDir, 'credentials.db'), 'utf8')).toBe('garbage\n');
    } finally {
      await store.close();
    }
    expect((await check([])).code).toBe(2);
    expect((await check([join(dataDir, 'missing')])).code).toBe(2);
  });

  it('runs as `npm run store:check` does (tsx, source conditions)', async () => {
    await damage();
    const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=source', 'packages/store/src/bin/store-check.ts', dataDir], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe']
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    const [code] = (await once(child, 'close')) as [number | null];
    expect(code).toBe(1);
    expect(stdout).toContain('CORRUPT  credentials.db (5 lines, 2 corrupt)');
  }, 30_000);
});
