// A FerretDB of a test's own (FERRETDB_BIN, exported by scripts/with-ferretdb.sh), which the test
// may stop and start again on the same port and data: a database that goes away under a service.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { findFreePort } from '../../apps/platform/src/find-free-port.js';

export interface FerretDbProcess {
  /** mongodb://127.0.0.1:<port>/ */
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it and removes its data. */
  dispose(): Promise<void>;
}

export async function ferretDbProcess(binary: string): Promise<FerretDbProcess> {
  const dir = mkdtempSync(join(tmpdir(), 'agentvc-ferretdb-'));
  const port = await findFreePort();
  const url = `mongodb://127.0.0.1:${port}/`;
  let child: ChildProcess | undefined;
  const args = [`--listen-addr=127.0.0.1:${port}`, '--handler=sqlite', `--sqlite-url=file:${dir}/`, `--state-dir=${dir}`, '--telemetry=disable', '--debug-addr=-', '--log-level=error'];

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };
  return {
    url,
    async start() {
      child = spawn(binary, args, { stdio: 'ignore' });
      const deadline = Date.now() + 20_000;
      for (;;) {
        const client = new MongoClient(url, { serverSelectionTimeoutMS: 500 });
        try {
          await client.db('admin').command({ ping: 1 });
          return;
        } catch (error) {
          if (Date.now() > deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 100));
        } finally {
          await client.close();
        }
      }
    },
    stop,
    async dispose() {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    }
  };
}
