import { describe, expect, it } from 'vitest';
import { preBillData } from './printing-prebill.js';
import { useServiceChargeStore } from './service-charge-test-support.js';

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

/**
 * Seat 1 declines the 10 % and pays their part at the table (`waived: true`, card, `waived:
 * false`); the others keep it. Payments made while declined "carry no share and are no base for
 * later shares" (docs/money.md), so the table owes the service charge on seats 2 and 3 only. The
 * pré-conta printed when the table then asks for the bill, and the tab view, show that figure:
 * the guests are charged what the pré-conta says, to the centavo.
 */
describe('the pré-conta after one guest declined the service charge', () => {
  const store = useServiceChargeStore();

  it('prints the service charge the remaining guests will pay, and they pay that', async () => {
    const tab = (await store.waiter.post('/tables/table-4/tab', { guests: 3 })).body.data as { id: string };
    const round = await store.waiter.post(`/tabs/${tab.id}/rounds`, {
      items: [{ productId: 'prod-beer', quantity: 3, seat: 1 }, { productId: 'prod-onion-rings', quantity: 2, seat: 2 }, { productId: 'prod-fries', quantity: 1, seat: 3 }],
    });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const [seat1, seat2, seat3] = (await store.waiter.post(`/tabs/${tab.id}/split`, { method: 'SEAT' })).body.data.parts as { amountCents: number }[];
    const pay = async (amountCents: number) => {
      const paid = await store.waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'CREDIT', amountCents }, { 'idempotency-key': crypto.randomUUID() });
      expect(paid.status, JSON.stringify(paid.body)).toBe(201);
      return paid.body.data as { serviceChargeCents: number };
    };

    expect((await store.waiter.post(`/tabs/${tab.id}/service-charge`, { waived: true })).status).toBe(200);
    expect((await pay(seat1.amountCents)).serviceChargeCents).toBe(0);
    expect((await store.waiter.post(`/tabs/${tab.id}/service-charge`, { waived: false })).status).toBe(200);

    expect((await store.waiter.post(`/tabs/${tab.id}/request-bill`)).status).toBe(200);
    const preBill = await store.app.ctx.commands.run('test.pre_bill', (tx) => preBillData(tx, tab.id, store.app.ctx), { actor: { type: 'system', id: 'test' } });
    const view = (await store.waiter.get(`/tabs/${tab.id}`)).body.data;

    const shares = [await pay(seat2.amountCents), await pay(seat3.amountCents)].map((p) => p.serviceChargeCents);
    expect((await store.waiter.get(`/tabs/${tab.id}`)).body.data.status).toBe('CLOSED');
    const charged = sum(shares);
    // What the table paid as service charge is what the pré-conta printed and the tab showed.
    expect({ preBill: preBill.serviceFeeCents, tabView: view.serviceChargeCents }).toEqual({ preBill: charged, tabView: charged });
  });
});
