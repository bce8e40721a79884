/**
 * A guest with a customer login on the store's Wi-Fi places a TABLE order naming table 3 (where
 * other guests have an open tab) and confirms it: the kitchen would get tickets labelled "Mesa 3"
 * for food nobody there asked for, on an order in no tab, that no pré-conta or waiter's card ever
 * charges. A table's orders go through its tab, by the staff: a customer, a kiosk or an outside
 * system's key is refused (403 ORDER_CHANNEL_NOT_ALLOWED).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

describe("a customer's own order and another table", () => {
  let app: TestAppliance;
  let waiter: Api;
  let customer: Api;

  beforeAll(async () => {
    app = await startTillStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    customer = apiAs(app, [...ROLE_PERMISSIONS.CUSTOMER], 'CUSTOMER', 'customer-on-wifi');
  });
  afterAll(() => app.close());

  it("a customer account cannot send an order to the kitchen in another table's name", async () => {
    const tab = (await waiter.post('/tables/table-3/tab', { guests: 2 })).body.data as { id: string };
    expect((await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }] })).status).toBe(200);

    const placed = await customer.post('/orders', { channel: 'TABLE', tableId: 'table-3', items: [{ productId: 'prod-onion-rings', quantity: 10 }], confirm: true });
    expect(placed.status, JSON.stringify(placed.body).slice(0, 400)).toBe(403);
  });
});
