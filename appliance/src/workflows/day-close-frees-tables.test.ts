import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * The day closes with a table still seated: part of its bill paid by card at the table, the rest
 * written off by the closing manager (`writeOffUnpaid`), and a second table opened but never
 * used (`cancelDrafts`). Once the close settled every order of those tabs, the tabs are over:
 * the close closes them and frees their tables, so the next day starts on a free floor.
 */
describe('closing the day with tabs still open', () => {
  const network = new VirtualCardNetwork();
  let app: TestAppliance;
  let waiter: Api;
  let manager: Api;

  beforeAll(async () => {
    app = await startTillStore(createPaymentsModule({ pixGateways: [], card: new VirtualCardProvider(network) }));
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'user-manager');
  });
  afterAll(() => app.close());

  it('frees the tables whose orders the close wrote off or cancelled', async () => {
    const tab = (await waiter.post('/tables/table-5/tab', { guests: 2 })).body.data as { id: string; primaryOrderId: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 2, seat: 1 }, { productId: 'prod-fries', quantity: 1, seat: 2 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const seat1 = (await waiter.post(`/tabs/${tab.id}/split`, { method: 'SEAT' })).body.data.parts[0];
    network.scenario = 'approve';
    const card = await waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'CREDIT', amountCents: seat1.amountCents }, { 'idempotency-key': crypto.randomUUID() });
    expect(card.status, JSON.stringify(card.body)).toBe(201);
    const idle = (await waiter.post('/tables/table-6/tab', { guests: 1 })).body.data as { id: string };

    const closed = await manager.post('/business-days/current/close', { resolve: { writeOffUnpaid: { kind: 'LOSS', reason: 'mesa saiu sem pagar' }, cancelDrafts: true } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect((await waiter.get(`/orders/${tab.primaryOrderId}`)).body.data.status).toBe('COMPLETED');

    // The day is closed and every order of both tabs is closed: the floor starts the next day free.
    for (const [tableId, tabId] of [['table-5', tab.id], ['table-6', idle.id]]) {
      const table = (await waiter.get(`/tables/${tableId}`)).body.data;
      const tabNow = (await waiter.get(`/tabs/${tabId}`)).body.data;
      expect({ tableId, status: table.status, currentTabId: table.currentTabId, tab: tabNow.status }).toEqual({ tableId, status: 'FREE', currentTabId: null, tab: 'CLOSED' });
    }
  });
});
