// A generated first key is kept (saved) before it is audited: an audit that fails after the key
// was stored cannot lose it, and the next start does not generate another.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { systemClock } from '@agentvc/core';
import { createIssuer, type Issuer } from '@agentvc/issuer';
import { createEmbeddedStore, type Store } from '@agentvc/store';
import { bootstrapAdminKey } from '../src/bootstrap-admin-key.js';
import { firstKeyPath } from '../src/first-key-path.js';
import { saveFirstKey } from '../src/save-first-key.js';

let dir = '';
let store: Store;
let issuer: Issuer;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'agentvc-bootstrap-'));
  store = await createEmbeddedStore({ clock: systemClock });
  issuer = await createIssuer({ store, clock: systemClock, keyEncryptionKey: randomBytes(32), publicUrl: 'https://issuer.example' });
});
afterEach(async () => {
  await store.close();
  await rm(dir, { recursive: true, force: true });
});

it('saves the generated key before the audit record, so a failing audit leaves the key in its file', async () => {
  const path = firstKeyPath(dir);
  const failingAudit = { ...issuer.audit, record: () => Promise.reject(new Error('audit store down')) };
  await expect(bootstrapAdminKey({ apiKeys: issuer.apiKeys, audit: failingAudit }, { keep: (token) => void saveFirstKey(path, token) })).rejects.toThrow('audit store down');
  const token = readFileSync(path, 'utf8').trim();
  expect((await issuer.apiKeys.authenticate(token)).key).not.toBeNull();
  // the next start finds a current key and makes no other
  const kept: string[] = [];
  expect(await bootstrapAdminKey(issuer, { keep: (t) => kept.push(t) })).toBeUndefined();
  expect(kept).toEqual([]);
});

it('audits a generated key after keeping it', async () => {
  const order: string[] = [];
  const audit = { ...issuer.audit, record: async () => void order.push('audit') };
  const token = await bootstrapAdminKey({ apiKeys: issuer.apiKeys, audit }, { keep: () => order.push('keep') });
  expect(token).toMatch(/^avc_/);
  expect(order).toEqual(['keep', 'audit']);
});
