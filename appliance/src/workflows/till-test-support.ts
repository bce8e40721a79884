import { afterAll, beforeAll, expect } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

export interface TillWithOpenDrawer {
  app: TestAppliance;
  /** The cashier whose drawer is open, with the CASHIER role's permissions. */
  cashier: Api;
  /** A manager (`user-manager`) with the MANAGER role's permissions. */
  manager: Api;
  /** A counter sale of `quantity` of one product: sent to the kitchen, made ready, paid in cash. */
  sellAtCounter(productId: string, quantity: number): Promise<void>;
  /** A stock item created by the manager (`POST /stock/items`); its id. */
  newStockItem(fields: Record<string, unknown>): Promise<string>;
  /** A stock item's on-hand and reserved quantities, as the manager reads them. */
  stockLevel(itemId: string): Promise<{ onHand: number; reserved: number }>;
}

/**
 * The till store (`startTillStore`) with a cashier's drawer open at `terminalId` with its float,
 * as a shift starts; hooks registered in the calling `describe`.
 */
export function useTillWithOpenDrawer(drawer: { terminalId: string; openingFloatCents: number } = { terminalId: 'POS-1', openingFloatCents: 10_000 }): TillWithOpenDrawer {
  const till = {
    async sellAtCounter(productId: string, quantity: number) {
      const order = await till.cashier.post('/orders', { channel: 'COUNTER', items: [{ productId, quantity }], confirm: true });
      expect(order.status, JSON.stringify(order.body)).toBe(201);
      expect((await till.manager.post(`/orders/${order.body.data.id}/status`, { status: 'READY' })).status).toBe(200);
      const paid = await till.cashier.post(`/orders/${order.body.data.id}/payments`, { method: 'CASH', tenderedCents: order.body.data.totalCents });
      expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    },
    async newStockItem(fields: Record<string, unknown>) {
      const res = await till.manager.post('/stock/items', fields);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return res.body.data.id as string;
    },
    async stockLevel(itemId: string) {
      const { onHand, reserved } = (await till.manager.get(`/stock/items/${itemId}`)).body.data;
      return { onHand, reserved };
    },
  } as TillWithOpenDrawer;
  beforeAll(async () => {
    till.app = await startTillStore();
    till.cashier = apiAs(till.app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    till.manager = apiAs(till.app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'user-manager');
    const opened = await till.cashier.post('/cashier-sessions', drawer);
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
  });
  afterAll(() => till.app?.close());
  return till;
}
