import { describe, expect, it } from 'vitest';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { useBarPastMidnight } from './past-midnight-test-support.js';

/**
 * A bar's business day of Monday 23/11 runs until 01:00 on Tuesday. A PIX paid at 00:30 belongs
 * to Monday's sales, while the gateway lists it as received on Tuesday, its calendar date.
 * Reconciling Monday finds it settled (not missing), and reconciling Tuesday does not report it
 * as money unknown to the store: the manager sees no difference where there is none.
 */
describe('reconciling a business day that runs past midnight', () => {
  const bar = useBarPastMidnight();

  async function paidByPix(at: string): Promise<{ id: string; businessDate: string }> {
    bar.at(at);
    const order = (await bar.cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const pix = await bar.cashier.post(`/orders/${order.id}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    expect(await (await bar.asaas.pay(pix.body.data.payment.providerRef)).deliver()).toBe(200);
    await waitUntil('the order settled', async () => (await bar.manager.get(`/orders/${order.id}`)).body.data.paidAt, (paidAt) => paidAt !== null);
    return pix.body.data.payment;
  }

  it('matches the PIX paid after midnight to its business day, and to no other', async () => {
    const evening = await paidByPix('2026-11-23T23:00:00.000Z'); // Monday 20:00
    const afterMidnight = await paidByPix('2026-11-24T03:30:00.000Z'); // Tuesday 00:30
    expect([evening.businessDate, afterMidnight.businessDate]).toEqual(['2026-11-23', '2026-11-23']);
    // The day goes on to Tuesday morning, when the manager reconciles.
    bar.at('2026-11-24T13:00:00.000Z');

    const monday = await bar.manager.post('/payments/reconciliations', { gateway: 'ASAAS', from: '2026-11-23', to: '2026-11-23' });
    expect(monday.status, JSON.stringify(monday.body)).toBe(201);
    expect(monday.body.data.matched.map((l: { paymentId: string }) => l.paymentId).sort()).toEqual([evening.id, afterMidnight.id].sort());
    expect(monday.body.data.missingInSettlement).toEqual([]);
    expect(monday.body.data.unknownToStore).toEqual([]);
    expect(monday.body.data.totals.differenceCents).toBe(0);

    const tuesday = await bar.manager.post('/payments/reconciliations', { gateway: 'ASAAS', from: '2026-11-24', to: '2026-11-24' });
    expect(tuesday.status, JSON.stringify(tuesday.body)).toBe(201);
    expect(tuesday.body.data.unknownToStore).toEqual([]);
    expect(tuesday.body.data.totals.differenceCents).toBe(0);
  });

  it('still reports money the store does not know, on the day the gateway received it', async () => {
    const foreign = bar.asaas.addForeignSettlement(1_500); // received Tuesday
    const tuesday = await bar.manager.post('/payments/reconciliations', { gateway: 'ASAAS', from: '2026-11-24', to: '2026-11-24' });
    expect(tuesday.body.data.unknownToStore.map((l: { gatewayPaymentId: string }) => l.gatewayPaymentId)).toEqual([foreign]);
    const monday = await bar.manager.post('/payments/reconciliations', { gateway: 'ASAAS', from: '2026-11-23', to: '2026-11-23' });
    expect(monday.body.data.unknownToStore).toEqual([]);
  });
});
