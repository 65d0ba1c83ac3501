// `npm run demo`: the agent story against a running `npm start` (AGENTVC_ISSUER_URL,
// AGENTVC_WALLET_URL and AGENTVC_API_KEY set), or against its own platform on free ports.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runDemoStory, type DemoStep } from './demo/run-demo-story.js';
import { startPlatform, type Platform } from './start-platform.js';

const env = process.env;
let platform: Platform | undefined;
let dataDir: string | undefined;
let endpoints: { issuerUrl: string; walletUrl: string; apiKey: string };

if (env.AGENTVC_ISSUER_URL && env.AGENTVC_WALLET_URL && env.AGENTVC_API_KEY) {
  endpoints = { issuerUrl: env.AGENTVC_ISSUER_URL, walletUrl: env.AGENTVC_WALLET_URL, apiKey: env.AGENTVC_API_KEY };
  console.log(`Using the running platform at ${endpoints.issuerUrl}`);
} else {
  console.log('Starting a platform of its own on free ports (set AGENTVC_ISSUER_URL, AGENTVC_WALLET_URL and AGENTVC_API_KEY to use a running one)…');
  dataDir = mkdtempSync(join(tmpdir(), 'agentvc-demo-'));
  // an operator key in the issuer's avc_<id>_<secret> format
  const apiKey = `avc_${randomBytes(12).toString('hex')}_${randomBytes(32).toString('base64url')}`;
  platform = await startPlatform({ dataDir, ports: { issuer: 0, wallet: 0, verifier: 0 }, adminToken: apiKey, echo: false });
  endpoints = { issuerUrl: platform.issuer.url, walletUrl: platform.wallet.url, apiKey };
}

const print = (step: DemoStep, n: number) => console.log(`${step.ok ? '✔' : '✘'} ${n}. ${step.title}\n     ${step.detail}`);
let steps: DemoStep[] = [];
let failure: unknown;
try {
  let n = 0;
  steps = await runDemoStory({ ...endpoints, log: (step) => print(step, ++n) });
} catch (error) {
  failure = error;
  const problems = (error as { problems?: Array<{ code?: unknown; message?: unknown }> }).problems ?? [];
  console.error(`✘ the story stopped: ${error instanceof Error ? error.message : String(error)}`);
  for (const p of problems) console.error(`     ${String(p.code)}: ${String(p.message)}`);
} finally {
  await platform?.stop();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
}
const ok = !failure && steps.length === 8 && steps.every((s) => s.ok);
console.log(ok ? '\nEvery step behaved as stated.' : '\nSome step did not behave as stated.');
process.exit(ok ? 0 : 1);
