import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedStore } from '@agentvc/store';
import { describeStoreContract } from './contract/describe-store-contract.js';

describeStoreContract('embedded, in memory', async () => ({
  open: () => createEmbeddedStore()
}));

describeStoreContract(
  'embedded, on disk',
  async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'agentvc-store-'));
    return {
      open: () => createEmbeddedStore({ dataDir: join(dataDir, 'nested', 'dir') }),
      cleanup: () => rm(dataDir, { recursive: true, force: true })
    };
  },
  { persistent: true }
);
