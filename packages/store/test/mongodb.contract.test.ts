import { randomUUID } from 'node:crypto';
import { MongoClient } from 'mongodb';
import { createMongoStore } from '@agentvc/store';
import { describeStoreContract } from './contract/describe-store-contract.js';
import { describeWireServer } from './contract/server-deviations.js';

const url = process.env.MONGODB_URL;

if (url) {
  // FerretDB (CI's wire server) has known deviations from MongoDB: contract/known-deviations.ts
  const server = await describeWireServer(url);
  describeStoreContract(
    'MongoDB',
    async () => {
      const dbName = `agentvc_contract_${randomUUID().slice(0, 8)}`;
      return {
        open: () => createMongoStore({ url, dbName }),
        async cleanup() {
          const client = await MongoClient.connect(url);
          await client.db(dbName).dropDatabase();
          await client.close();
        }
      };
    },
    { persistent: true, server }
  );
} else {
  describe('store contract: MongoDB', () => {
    it('MongoDB contract run SKIPPED: MONGODB_URL is not set', () => {
      console.warn('MongoDB contract run SKIPPED: MONGODB_URL is not set; only the embedded engine was checked.');
      expect(url).toBeFalsy();
    });
  });
}
