// The first key's file is created exclusively, 0600 whatever the umask: a planted symlink is not
// followed and an earlier key file is kept; a key that cannot be saved is reported, not thrown.
import { existsSync, lstatSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstKeyPath } from '../src/first-key-path.js';
import { saveFirstKey } from '../src/save-first-key.js';

let dir = '';
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agentvc-save-first-key-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

it('writes the token alone on one line, mode 0600 under umask 0, creating the data folder', () => {
  const path = firstKeyPath(join(dir, 'issuer'));
  const old = process.umask(0o000);
  try {
    expect(saveFirstKey(path, 'avc_token')).toEqual({ saved: true });
  } finally {
    process.umask(old);
  }
  expect(readFileSync(path, 'utf8')).toBe('avc_token\n');
  expect(statSync(path).mode & 0o777).toBe(0o600);
});

it('does not follow a symlink planted at the path', () => {
  const path = firstKeyPath(dir);
  const target = join(dir, 'elsewhere.txt');
  symlinkSync(target, path);
  const save = saveFirstKey(path, 'avc_token');
  expect(save).toEqual({ saved: false, reason: expect.stringContaining('already there') });
  expect(existsSync(target)).toBe(false);
  expect(lstatSync(path).isSymbolicLink()).toBe(true);
});

it('keeps an earlier key file instead of overwriting it', () => {
  const path = firstKeyPath(dir);
  writeFileSync(path, 'avc_earlier\n', { mode: 0o600 });
  expect(saveFirstKey(path, 'avc_new')).toEqual({ saved: false, reason: 'a file is already there (kept: it may hold an earlier key)' });
  expect(readFileSync(path, 'utf8')).toBe('avc_earlier\n');
});

it('reports, without throwing, a folder it cannot write', () => {
  const blocked = join(dir, 'blocked');
  writeFileSync(blocked, 'a file where the data folder should be');
  expect(saveFirstKey(firstKeyPath(blocked), 'avc_token')).toEqual({ saved: false, reason: expect.stringMatching(/^(EEXIST|ENOTDIR)/) });
});
