import { closeSync, fchmodSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/** Whether a generated first key reached its file; if not, why (the caller then shows the key itself). */
export type FirstKeySave = { saved: true } | { saved: false; reason: string };

/**
 * Writes a generated first operator key to `path`: the token alone on one line (so `$(cat …)`
 * reads it), mode 0600 whatever the umask. The file is created exclusively (`wx`, O_EXCL): a
 * symlink planted at the path is not followed, and a file already there (an earlier key nobody
 * has collected yet) is kept, never overwritten. Never throws: a key that could not be saved
 * must still be shown, and its caller does that.
 */
export function saveFirstKey(path: string, token: string): FirstKeySave {
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  } catch (error) {
    return { saved: false, reason: (error as Error).message };
  }
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    return { saved: false, reason: code === 'EEXIST' ? 'a file is already there (kept: it may hold an earlier key)' : message };
  }
  try {
    fchmodSync(fd, 0o600);
    writeSync(fd, `${token}\n`);
    return { saved: true };
  } catch (error) {
    // this start made the file: an empty or partial one must not pass for the key
    unlinkSync(path);
    return { saved: false, reason: (error as Error).message };
  } finally {
    closeSync(fd);
  }
}
