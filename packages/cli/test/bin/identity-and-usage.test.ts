// The agentvc binary: help, usage errors, and the identity file round trip.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AGENTVC_BIN, agentvcHomeOf, runAgentvc } from '../support/run-agentvc.js';

const cwd = mkdtempSync(join(tmpdir(), 'agentvc-cli-identity-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const agentvc = (...args: string[]) => runAgentvc(args, { cwd });

describe('agentvc usage', () => {
  it('prints help for the command and for each subcommand', async () => {
    const main = await agentvc('--help');
    expect(main).toMatchObject({ code: 0, stderr: '' });
    expect(main.stdout).toMatch(/Usage: agentvc <command>/);
    for (const command of ['identity', 'request', 'wallet', 'verify', 'admin']) expect(main.stdout).toContain(command);
    const verify = await agentvc('verify', '--help');
    expect(verify.code).toBe(0);
    expect(verify.stdout).toMatch(/--trusted-issuer DID/);
    expect((await agentvc('help', 'admin')).stdout).toMatch(/agents register <did> --name NAME --owner OWNER/);
  });

  it('prints its version', async () => {
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(await agentvc('--version')).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
    expect((await agentvc('--version', 'extra')).code).toBe(2);
  });

  it('runs the build with plain node where there are no sources (an installed package)', () => {
    const installed = mkdtempSync(join(tmpdir(), 'agentvc-cli-installed-'));
    try {
      mkdirSync(join(installed, 'bin'));
      mkdirSync(join(installed, 'dist'));
      copyFileSync(AGENTVC_BIN, join(installed, 'bin', 'agentvc.js'));
      writeFileSync(join(installed, 'package.json'), '{"type":"module"}');
      writeFileSync(join(installed, 'dist', 'main.js'), 'process.stdout.write(`dist ${process.argv.slice(2).join(" ")} ${process.execArgv.length}`);');
      const { NODE_OPTIONS: _jest, ...env } = process.env;
      const out = execFileSync(process.execPath, [join(installed, 'bin', 'agentvc.js'), '--version'], { env: { ...env, AGENTVC_FROM_SOURCE: '1' }, encoding: 'utf8' });
      expect(out).toBe('dist --version 0');
    } finally {
      rmSync(installed, { recursive: true, force: true });
    }
  });

  it('exits 2 with usage for an unknown command, subcommand or flag', async () => {
    const unknown = await agentvc('frobnicate');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command: frobnicate[\s\S]*Usage: agentvc <command>/);
    const flag = await agentvc('identity', 'new', '--colour', '--json');
    expect(flag.code).toBe(2);
    expect(flag.json()).toMatchObject({ error: { code: 'USAGE', message: expect.stringMatching(/--colour/) } });
    expect(flag.stderr).toMatch(/Usage: agentvc identity/);
    expect((await agentvc('identity', 'rotate')).code).toBe(2);
    expect((await agentvc()).code).toBe(2);
  });
});

describe('agentvc identity', () => {
  it('creates, shows, exports and imports an identity (files 0600)', async () => {
    const created = await agentvc('identity', 'new', '--json');
    expect(created.code).toBe(0);
    const { did } = created.json<{ did: string; file: string }>();
    expect(did).toMatch(/^did:key:z6Mk/);
    // in the per-user folder (HOME is cwd in these runs), not the current folder
    expect(statSync(join(agentvcHomeOf(cwd), 'agent-identity.json')).mode & 0o777).toBe(0o600);
    expect((await agentvc('identity', 'show', '--json')).json()).toMatchObject({ did });

    const again = await agentvc('identity', 'new');
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists.*--force.*\[IDENTITY_EXISTS\]/);

    const exported = await agentvc('identity', 'export');
    expect(exported.code).toBe(0);
    expect(JSON.parse(exported.stdout)).toMatchObject({ type: 'AgentIdentity', version: 1, did, privateKeyMultibase: expect.stringMatching(/^z/) });
    const viaStdin = await runAgentvc(['identity', 'import', '-', '--identity', 'copy/agent.json', '--json'], { cwd, input: exported.stdout });
    expect(viaStdin.json()).toMatchObject({ did, file: 'copy/agent.json' });
    expect(statSync(join(cwd, 'copy/agent.json')).mode & 0o777).toBe(0o600);
    expect(JSON.parse(readFileSync(join(cwd, 'copy/agent.json'), 'utf8'))).toEqual(JSON.parse(exported.stdout));
  });

  it('refuses to import something that is not a matching identity, without echoing it', async () => {
    const exported = JSON.parse((await agentvc('identity', 'export')).stdout) as Record<string, string>;
    const forged = JSON.stringify({ ...exported, did: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK' });
    const refused = await runAgentvc(['identity', 'import', '-', '--identity', 'forged.json', '--json'], { cwd, input: forged });
    expect(refused.code).toBe(1);
    expect(refused.json()).toMatchObject({ error: { code: 'INVALID_IDENTITY' } });
    expect(refused.stdout + refused.stderr).not.toContain(exported.privateKeyMultibase);
    const missing = await agentvc('identity', 'show', '--identity', 'nope.json');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/IDENTITY_NOT_FOUND/);
  });
});
