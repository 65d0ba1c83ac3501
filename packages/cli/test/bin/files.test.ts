// Where agentvc keeps the agent's key and credentials: a per-user folder (never the current
// one), folders 0700 and files 0600; an older ./agent-identity.json is still used, with a
// notice; a key written into a git work tree is announced on stderr.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity, saveIdentityFile } from '@agentvc/client';
import { runAgentvc } from '../support/run-agentvc.js';

const root = mkdtempSync(join(tmpdir(), 'agentvc-cli-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const folder = (name: string): string => (mkdirSync(join(root, name), { recursive: true }), join(root, name));
const mode = (path: string): number => statSync(path).mode & 0o777;

describe('agentvc files', () => {
  it('creates the identity in ~/.config/agentvc (0700, file 0600), not in the current folder', async () => {
    const [home, work] = [folder('home-a'), folder('work-a')];
    const created = await runAgentvc(['identity', 'new', '--json'], { cwd: work, env: { HOME: home } });
    expect(created.code).toBe(0);
    const file = join(home, '.config', 'agentvc', 'agent-identity.json');
    expect(created.json()).toMatchObject({ file });
    expect(created.stderr).toBe('');
    expect([mode(join(home, '.config')), mode(join(home, '.config', 'agentvc')), mode(file)]).toEqual([0o700, 0o700, 0o600]);
    expect(readdirSync(work)).toEqual([]);
  });

  it('uses $XDG_CONFIG_HOME/agentvc, and $AGENTVC_HOME above it', async () => {
    const [home, xdg, own, work] = [folder('home-b'), folder('xdg-b'), join(root, 'own-b'), folder('work-b')];
    const viaXdg = await runAgentvc(['identity', 'new', '--json'], { cwd: work, env: { HOME: home, XDG_CONFIG_HOME: xdg } });
    expect(viaXdg.json()).toMatchObject({ file: join(xdg, 'agentvc', 'agent-identity.json') });
    const viaHome = await runAgentvc(['identity', 'new', '--json'], { cwd: work, env: { HOME: home, XDG_CONFIG_HOME: xdg, AGENTVC_HOME: own } });
    expect(viaHome.json()).toMatchObject({ file: join(own, 'agent-identity.json') });
    expect(mode(own)).toBe(0o700);
  });

  it('keeps using an ./agent-identity.json from an older agentvc, with a one-line notice', async () => {
    const [home, work] = [folder('home-c'), folder('work-c')];
    const legacy = await generateIdentity();
    await saveIdentityFile(join(work, 'agent-identity.json'), legacy);
    const shown = await runAgentvc(['identity', 'show', '--json'], { cwd: work, env: { HOME: home } });
    expect(shown.code).toBe(0);
    expect(shown.json()).toMatchObject({ did: legacy.did, file: './agent-identity.json' });
    expect(shown.stderr).toBe(`note: using ./agent-identity.json from this folder; the default is now ${join(home, '.config', 'agentvc', 'agent-identity.json')} (move it there, or pass --identity)\n`);
    // and `new` does not quietly make a second identity beside it
    const again = await runAgentvc(['identity', 'new'], { cwd: work, env: { HOME: home } });
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/\.\/agent-identity\.json already exists.*\[IDENTITY_EXISTS\]/);
  });

  it('warns on stderr when told to write a key into a git work tree', async () => {
    const [home, repo] = [folder('home-d'), folder('repo-d')];
    mkdirSync(join(repo, '.git'));
    const inside = await runAgentvc(['identity', 'new', '--identity', 'keys/agent.json', '--json'], { cwd: repo, env: { HOME: home } });
    expect(inside.code).toBe(0);
    expect(inside.json()).toMatchObject({ file: 'keys/agent.json' });
    expect(inside.stderr).toBe(`warning: keys/agent.json holds a private key and is inside the git work tree ${repo}: make sure it is never committed (list it in .gitignore)\n`);
    expect([mode(join(repo, 'keys')), mode(join(repo, 'keys', 'agent.json'))]).toEqual([0o700, 0o600]);
    // the default folder is outside the work tree: nothing to say
    expect((await runAgentvc(['identity', 'new'], { cwd: repo, env: { HOME: home } })).stderr).toBe('');
  });
});
