import { chmod, mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { gitWorkTree } from './git-work-tree.js';

export interface PrivateFileOptions {
  /** What the file holds, for the warning: `a private key`, `a credential`. */
  what: string;
  /** Prints one line (stderr). */
  warn: (line: string) => void;
}

/**
 * Writes a file only its owner may read: new folders 0700 (an existing one is the user's and
 * left as it is), the file 0600. `content` is the text, or a writer that makes the file itself
 * with that mode (saveIdentityFile). Says so when the file lands in a git work tree, where one
 * `git add .` publishes it.
 */
export async function writePrivateFile(path: string, content: string | ((path: string) => Promise<void>), { what, warn }: PrivateFileOptions): Promise<void> {
  await mkdir(dirname(path), { recursive: true, mode: 0o700 });
  if (typeof content === 'string') {
    await writeFile(path, content, { encoding: 'utf8', mode: 0o600 });
    // the mode above applies only to a new file
    await chmod(path, 0o600);
  } else {
    await content(path);
  }
  const tree = gitWorkTree(path);
  if (tree !== undefined) warn(`warning: ${path} holds ${what} and is inside the git work tree ${tree}: make sure it is never committed (list it in .gitignore)`);
}
