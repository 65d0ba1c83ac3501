import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The root of the git work tree that `path` would be written into, if any: the nearest folder
 * above it holding `.git` (a folder, or a file for worktrees and submodules). No git needed.
 */
export function gitWorkTree(path: string): string | undefined {
  for (let dir = dirname(resolve(path)); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}
