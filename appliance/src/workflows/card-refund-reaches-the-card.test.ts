import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { TefDialProvider, TefManagerSimulator, } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { useServiceChargeStore } from './service-charge-test-support.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * A customer paid by card on the store's TEF terminal and gets the money back: the refund is an
 * estorno (cancellation) of that card transaction at the card network, not only a line in the
 * store's books. Otherwise the X/Z report shows money returned that the acquirer still pays the
 * store, and the customer never sees it on the card. The cancellation names the original by its NSU
 * and its date at the network. A refund the terminal cannot carry out (a part of the card only) is
 * booked and reported to the cashier, to be done another way.
 */
describe('a refund of a card paid on the TEF terminal', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-card-refund-'));
  const tefDir = mkdtempSync(join(tmpdir(), 'chefia-card-refund-tef-'));
  const dirs = { reqDir: join(tefDir, 'req'), respDir: join(tefDir, 'resp') };
  const manager = new TefManagerSimulator(dirs);
  let app: TestAppliance;
  let cashier: Api;

  beforeAll(async () => {
    await manager.start();
    const terminal = new TefDialProvider({ ...dirs, dataDir, statusTimeoutMs: 2_000, responseTimeoutMs: 5_000, pollIntervalMs: 10 });
    app = await startTillStore(createPaymentsModule({ pixGateways: [], card: terminal }));
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-ana');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-T', openingFloatCents: 0 })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await manager.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(tefDir, { recursive: true, force: true });
  });

  async function paidByCard(): Promise<{ id: string; amountCents: number }> {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const paid = await cashier.post(`/orders/${order.id}/payments`, { method: 'DEBIT' });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(manager.byDocument(paid.body.data.payment.id)?.state).toBe('CONFIRMED');
    return paid.body.data.payment;
  }

  it('cancels the card transaction at the terminal when the whole card is refunded', async () => {
    const payment = await paidByCard();
    const refund = await cashier.post(`/payments/${payment.id}/refunds`, { amountCents: payment.amountCents, reason: 'produto errado' });
    expect(refund.status, JSON.stringify(refund.body)).toBe(201);
    expect(refund.body.data.cardRefund.status).toBe('DONE');
    const original = manager.byDocument(payment.id)!;
    expect(original.state).toBe('CANCELLED');
    // The cancellation names the original by its date at the network, as the manager answered it at the sale.
    expect(original.cancellationNamedDate).toMatch(/^\d{8}$/);
    expect(original.cancellationNamedDate).toBe(original.networkDate);
  });

  it('books a refund of part of the card and tells the cashier the terminal did not return it', async () => {
    const payment = await paidByCard();
    const refund = await cashier.post(`/payments/${payment.id}/refunds`, { amountCents: 100, reason: 'sem sal' });
    expect(refund.status, JSON.stringify(refund.body)).toBe(201);
    expect(refund.body.data.cardRefund).toMatchObject({ status: 'FAILED', error: expect.stringContaining('valor total') });
    expect(manager.byDocument(payment.id)?.state).toBe('CONFIRMED');
  });
});

/**
 * A card at the table took the goods and the tab's service charge in one charge. A refund gives
 * back goods only, while the network cancels the whole card: the card is not cancelled (the
 * customer would get the service charge back too, which the store never booked), and the cashier
 * is told to give the money back another way.
 */
describe('a refund of a card that also paid the service charge', () => {
  const store = useServiceChargeStore();

  it('is booked, and the card is left as charged', async () => {
    const tab = (await store.waiter.post('/tables/table-4/tab', { guests: 1 })).body.data as { id: string };
    expect((await store.waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1, seat: 1 }] })).status).toBe(200);
    const paid = await store.waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'CREDIT' });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body.data.serviceChargeCents).toBeGreaterThan(0);
    const payment = paid.body.data.payment as { id: string; amountCents: number };

    const manager = apiAs(store.app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'manager-1');
    const refund = await manager.post(`/payments/${payment.id}/refunds`, { amountCents: payment.amountCents, reason: 'cliente reclamou' });
    expect(refund.status, JSON.stringify(refund.body)).toBe(201);
    expect(refund.body.data.cardRefund).toMatchObject({ status: 'FAILED', code: 'PAYMENT_CARD_REFUND_PARTIAL' });
    expect(store.network.states.get(payment.id)).toBe('CONFIRMED');
  });
});
