import { expect } from 'vitest';
import type { ApiClient } from './http-client.js';

/** The iFood item codes the simulator's orders carry, mapped to the demo store's products. */
const IFOOD_MENU: ReadonlyArray<[externalCode: string, productId: string]> = [
  ['IF-XBURGER', 'prod-classic-burger'],
  ['IF-FRIES', 'prod-fries'],
];

/** Maps the demo menu for iFood and accepts its orders automatically, as a store set up for the app would. */
export async function acceptIfoodOrders(pos: ApiClient): Promise<void> {
  for (const [externalCode, productId] of IFOOD_MENU) {
    expect((await pos.call('PUT', '/marketplace/mappings', { platform: 'IFOOD', externalCode, productId })).status).toBe(200);
  }
  expect((await pos.call('PUT', '/marketplace/settings/auto-accept', { IFOOD: true })).status).toBe(200);
}
