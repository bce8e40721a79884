import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * Shift handover on one till: Alice closes her drawer on POS-1 and Bob opens his. A card sale Bob
 * takes on the standalone machine names a `cashierSessionId` (the POS keeps the drawer id it last
 * knew: Alice's, now closed). docs/money.md: "A tender's drawer is its caller's. A
 * `cashierSessionId` in a tender names a drawer the caller operates or supervises (403
 * CASHIER_NOT_OWNER)", and it must be open (422 CASHIER_SESSION_CLOSED): else the sale is booked
 * in no drawer at all (not Alice's, which is closed, nor Bob's open one), Bob's blind close shows
 * his debit slips as an overage, and the sale is in no drawer of the day.
 */
describe('a card tender naming a closed drawer after a handover', () => {
  let app: TestAppliance;
  let alice: Api;
  let bob: Api;
  let manager: Api;

  beforeAll(async () => {
    app = await startTillStore();
    alice = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-alice');
    bob = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-bob');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'manager-1');
  });
  afterAll(() => app.close());

  it('is refused, and taken again on the caller\'s open drawer', async () => {
    const aliceDrawer = (await alice.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).body.data.id as string;
    expect((await alice.post(`/cashier-sessions/${aliceDrawer}/close`, { counted: { CASH: 10_000 } })).status).toBe(200);
    const bobDrawer = (await bob.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).body.data.id as string;

    const order = (await bob.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const paid = await bob.post(`/orders/${order.id}/payments`, { method: 'DEBIT', standaloneCard: { brand: 'VISA', nsu: '778899' }, cashierSessionId: aliceDrawer });
    // Refused: the till is told the drawer is closed and takes it again on the cashier's own.
    expect([paid.status, paid.body.error?.code]).toEqual([422, 'CASHIER_SESSION_CLOSED']);
    const again = await bob.post(`/orders/${order.id}/payments`, { method: 'DEBIT', standaloneCard: { brand: 'VISA', nsu: '778899' } });
    expect(again.status).toBe(201);
    expect(again.body.data.payment.cashierSessionId).toBe(bobDrawer);
    expect((await manager.get(`/cashier-sessions/${bobDrawer}`)).body.data.expectedByMethod.DEBIT).toBe(order.totalCents);
  });
});
