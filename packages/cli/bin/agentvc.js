#!/usr/bin/env node
// The `agentvc` command. A published package runs its build (dist/main.js). In the monorepo,
// where packages run from TypeScript source, it runs src/main.ts under tsx with the `source`
// export condition in a child node process: conditions are node flags, so they cannot be
// switched on from inside this already-running process.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/main.js', import.meta.url);
if (existsSync(built)) {
  await import(built.href);
} else {
  // resolved from here, not from the caller's directory, so the command works anywhere
  const tsx = import.meta.resolve('tsx');
  const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', tsx, '--conditions=source', main, ...process.argv.slice(2)], { stdio: 'inherit' });
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
