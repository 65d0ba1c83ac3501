#!/usr/bin/env node
// The `agentvc` command: runs the build (dist/main.js) with plain node. Inside this repository
// AGENTVC_FROM_SOURCE=1 (the tests set it) runs src/main.ts instead, under tsx with the `source`
// export condition, in a child node process: conditions are node flags, so they cannot be
// switched on from inside this already-running process. A checkout that was never built falls
// back to its sources the same way; a published package has no src/ and always runs dist/.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/main.js', import.meta.url);
const source = new URL('../src/main.ts', import.meta.url);
const fromSource = existsSync(source) && (process.env.AGENTVC_FROM_SOURCE === '1' || !existsSync(built));

if (!fromSource) {
  await import(built.href);
} else {
  // resolved from here, not from the caller's directory, so the command works anywhere
  const tsx = import.meta.resolve('tsx');
  const child = spawn(process.execPath, ['--import', tsx, '--conditions=source', fileURLToPath(source), ...process.argv.slice(2)], { stdio: 'inherit' });
  // the terminal sends Ctrl-C to both processes; the parent only waits for the child's verdict
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`agentvc: cannot start node: ${error.message}`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (code !== null) process.exit(code);
    // die of the same signal, so callers see what happened to the command
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
}
