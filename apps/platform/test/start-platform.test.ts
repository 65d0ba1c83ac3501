// `npm start` as a function: three processes, the first operator key printed once, the same
// issuer (and data) on the next start.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlatform, type Platform } from '@agentvc/platform';

const dataDir = mkdtempSync(join(tmpdir(), 'agentvc-platform-'));
let platform: Platform | undefined;
afterAll(async () => {
  await platform?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('prints a generated operator key on first start only, and keeps the issuer across restarts', async () => {
  platform = await startPlatform({ dataDir, ports: { issuer: 0, wallet: 0, verifier: 0 }, echo: false });
  const token = platform.generatedAdminToken;
  expect(token).toMatch(/^avc_/);
  const agents = await fetch(`${platform.issuer.url}/agents`, { headers: { authorization: `Bearer ${String(token)}` } });
  expect(agents.status).toBe(200);
  for (const service of [platform.issuer, platform.wallet, platform.verifier]) {
    expect((await fetch(`${service.url}/ready`)).status).toBe(200);
  }
  const did = platform.issuerDid;
  await platform.stop();

  platform = await startPlatform({ dataDir, ports: { issuer: 0, wallet: 0, verifier: 0 }, echo: false });
  expect(platform.generatedAdminToken).toBeUndefined();
  expect(platform.issuerDid).toBe(did);
  const again = await fetch(`${platform.issuer.url}/agents`, { headers: { authorization: `Bearer ${String(token)}` } });
  expect(again.status).toBe(200);
}, 120_000);
