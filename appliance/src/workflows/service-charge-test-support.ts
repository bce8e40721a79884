import { afterAll, beforeAll } from 'vitest';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { type Api, startServiceChargeStore } from './test-support.js';

export interface ServiceChargeStore {
  /** The virtual card network behind the store's TEF terminal (`scenario` decides its answers). */
  network: VirtualCardNetwork;
  app: TestAppliance;
  waiter: Api;
}

/** The till store with a 10 % service charge and a virtual TEF terminal; hooks registered in the calling `describe`. */
export function useServiceChargeStore(): ServiceChargeStore {
  const store = { network: new VirtualCardNetwork() } as ServiceChargeStore;
  beforeAll(async () => {
    Object.assign(store, await startServiceChargeStore(new VirtualCardProvider(store.network)));
  });
  afterAll(() => store.app?.close());
  return store;
}
