import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agentvcHome } from '../src/agentvc-home.js';
import { gitWorkTree } from '../src/git-work-tree.js';

describe('agentvcHome', () => {
  it('is $AGENTVC_HOME, else $XDG_CONFIG_HOME/agentvc, else ~/.config/agentvc', () => {
    expect(agentvcHome({ AGENTVC_HOME: '/srv/agent', XDG_CONFIG_HOME: '/x', HOME: '/home/a' })).toBe('/srv/agent');
    expect(agentvcHome({ XDG_CONFIG_HOME: '/x', HOME: '/home/a' })).toBe('/x/agentvc');
    expect(agentvcHome({ HOME: '/home/a' })).toBe('/home/a/.config/agentvc');
  });

  it('ignores a relative XDG_CONFIG_HOME, as the XDG spec says', () => {
    expect(agentvcHome({ XDG_CONFIG_HOME: 'conf', HOME: '/home/a' })).toBe('/home/a/.config/agentvc');
  });
});

describe('gitWorkTree', () => {
  const dir = mkdtempSync(join(tmpdir(), 'agentvc-cli-git-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the nearest folder with .git (a folder or a worktree file) above a path', () => {
    mkdirSync(join(dir, 'repo', '.git'), { recursive: true });
    mkdirSync(join(dir, 'repo', 'sub', 'worktree'), { recursive: true });
    writeFileSync(join(dir, 'repo', 'sub', 'worktree', '.git'), 'gitdir: ../../.git/worktrees/w\n');
    expect(gitWorkTree(join(dir, 'repo', 'agent-identity.json'))).toBe(join(dir, 'repo'));
    expect(gitWorkTree(join(dir, 'repo', 'not', 'yet', 'made', 'key.json'))).toBe(join(dir, 'repo'));
    expect(gitWorkTree(join(dir, 'repo', 'sub', 'worktree', 'key.json'))).toBe(join(dir, 'repo', 'sub', 'worktree'));
    expect(gitWorkTree(join(dir, 'elsewhere', 'key.json'))).toBeUndefined();
  });
});
