// Runs the real `agentvc` binary (bin/agentvc.js, the shim a user runs) as a child process, on
// the sources (AGENTVC_FROM_SOURCE=1), so a stale dist/ never answers for the code under test.
// HOME is the run's cwd unless the caller sets it, so the per-user folder the command writes
// keys into (~/.config/agentvc) is <cwd>/.config/agentvc, never the real home.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const AGENTVC_BIN = fileURLToPath(new URL('../../bin/agentvc.js', import.meta.url));

export interface AgentvcRun {
  code: number | null;
  stdout: string;
  stderr: string;
  /** stdout parsed as JSON (for --json runs). */
  json<T = Record<string, unknown>>(): T;
}

/** The per-user agentvc folder of a run with the default HOME (see above). */
export const agentvcHomeOf = (cwd: string): string => join(cwd, '.config', 'agentvc');

export function runAgentvc(args: string[], { cwd, env = {}, input }: { cwd: string; env?: Record<string, string>; input?: string }): Promise<AgentvcRun> {
  // jest's NODE_OPTIONS (--experimental-vm-modules) are not the command's business
  const { NODE_OPTIONS: _jest, AGENTVC_API_KEY: _key, AGENTVC_ISSUER_URL: _issuer, AGENTVC_WALLET_URL: _wallet, AGENTVC_IDENTITY: _id, AGENTVC_HOME: _home, XDG_CONFIG_HOME: _xdg, ...inherited } = process.env;
  const child = spawn(AGENTVC_BIN, args, { cwd, env: { ...inherited, HOME: cwd, AGENTVC_FROM_SOURCE: '1', ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(input ?? '');
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) =>
      resolve({
        code,
        stdout,
        stderr,
        json<T>() {
          try {
            return JSON.parse(stdout) as T;
          } catch {
            throw new Error(`stdout is not JSON (exit ${code}):\n${stdout}\nstderr:\n${stderr}`);
          }
        }
      })
    );
  });
}
