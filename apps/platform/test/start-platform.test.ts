// `npm start` as a function: three processes, the first operator key handed over once (its 0600
// file; the key itself only when that file cannot be written), the same issuer on the next start.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlatform, type Platform, type UnsavedFirstKey } from '@agentvc/platform';

const dataDir = mkdtempSync(join(tmpdir(), 'agentvc-platform-'));
let platform: Platform | undefined;
afterAll(async () => {
  await platform?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('names the file of a generated operator key on first start only, and keeps the issuer across restarts', async () => {
  const unsaved: UnsavedFirstKey[] = [];
  platform = await startPlatform({ dataDir, ports: { issuer: 0, wallet: 0, verifier: 0 }, echo: false, onUnsavedFirstKey: (key) => unsaved.push(key) });
  const path = join(dataDir, 'issuer', 'first-operator-key.txt');
  expect(platform.firstKey).toEqual({ path, generated: true, saved: true });
  const token = readFileSync(path, 'utf8').trim();
  expect(token).toMatch(/^avc_/);
  const agents = await fetch(`${platform.issuer.url}/agents`, { headers: { authorization: `Bearer ${token}` } });
  expect(agents.status).toBe(200);
  for (const service of [platform.issuer, platform.wallet, platform.verifier]) {
    expect((await fetch(`${service.url}/ready`)).status).toBe(200);
  }
  // the key is in no line the issuer printed
  expect(platform.issuer.banner.join('\n')).not.toContain(token);
  const did = platform.issuerDid;
  await platform.stop();

  platform = await startPlatform({ dataDir, ports: { issuer: 0, wallet: 0, verifier: 0 }, echo: false });
  expect(platform.firstKey).toEqual({ path, generated: false, saved: true });
  expect(readFileSync(path, 'utf8').trim()).toBe(token);
  expect(platform.issuerDid).toBe(did);
  const again = await fetch(`${platform.issuer.url}/agents`, { headers: { authorization: `Bearer ${token}` } });
  expect(again.status).toBe(200);
  expect(unsaved).toEqual([]);
  await platform.stop();
  platform = undefined;
}, 120_000);

it('hands over the real key when its file cannot be written, and says it was not saved', async () => {
  const dir = join(dataDir, 'unwritable');
  const path = join(dir, 'issuer', 'first-operator-key.txt');
  // something in the way at the key's path (running as root, permissions would not stop the write)
  mkdirSync(path, { recursive: true });
  const unsaved: UnsavedFirstKey[] = [];
  platform = await startPlatform({ dataDir: dir, ports: { issuer: 0, wallet: 0, verifier: 0 }, echo: false, onUnsavedFirstKey: (key) => unsaved.push(key) });
  expect(platform.firstKey).toEqual({ path, generated: true, saved: false });
  // stderr and stdout are separate pipes: the key's line may be read just after the start
  for (let waited = 0; unsaved.length === 0 && waited < 5_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
  expect(unsaved).toEqual([{ path, reason: 'a file is already there (kept: it may hold an earlier key)', token: expect.stringMatching(/^avc_[0-9a-f]{24}_/) }]);
  const agents = await fetch(`${platform.issuer.url}/agents`, { headers: { authorization: `Bearer ${unsaved[0]?.token ?? ''}` } });
  expect(agents.status).toBe(200);
}, 120_000);
