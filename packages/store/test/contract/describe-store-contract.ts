import type { Store } from '@agentvc/store';
import { concurrencyContract } from './concurrency-contract.js';
import { crudContract } from './crud-contract.js';
import { createDocumentedBehaviour } from './documented-behaviour.js';
import { expiryContract } from './expiry-contract.js';
import { filterContract } from './filter-contract.js';
import { indexContract } from './index-contract.js';
import { persistenceContract } from './persistence-contract.js';
import type { WireServer } from './server-deviations.js';
import type { ContractContext, StoreContractTarget } from './store-contract-target.js';
import { updateContract } from './update-contract.js';
import { validationContract } from './validation-contract.js';

/**
 * The one behavioural contract every store engine must meet (see DESIGN.md, Storage). Each test
 * gets a fresh target and store from `makeTarget`; `persistent` adds the close/reopen checks;
 * `server` names a wire server and its known deviations from MongoDB (known-deviations.ts).
 */
export function describeStoreContract(
  name: string,
  makeTarget: () => Promise<StoreContractTarget>,
  { persistent = false, server }: { persistent?: boolean; server?: WireServer } = {}
): void {
  describe(`store contract: ${name}${server ? ` (${server.name})` : ''}`, () => {
    const behaviour = createDocumentedBehaviour(server);
    let target: StoreContractTarget | undefined;
    let store: Store | undefined;

    beforeEach(async () => {
      target = await makeTarget();
      store = await target.open();
    });

    afterEach(async () => {
      await store?.close();
      await target?.cleanup?.();
      store = undefined;
      target = undefined;
    });

    afterAll(() => {
      const lines = behaviour.report();
      if (lines.length > 0) console.warn(lines.join('\n'));
    });

    const context: ContractContext = {
      deviates: behaviour.deviates,
      documented: behaviour.documented,
      store: () => required(store),
      target: () => required(target),
      async reopen() {
        await required(store).close();
        store = await required(target).open();
        return store;
      }
    };

    crudContract(context);
    filterContract(context);
    updateContract(context);
    indexContract(context);
    expiryContract(context);
    validationContract(context);
    concurrencyContract(context);
    persistenceContract(context, persistent);
  });
}

function required<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('the contract fixture is not set up');
  return value;
}
