import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { setOrderStatus } from '../orders/index.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

describe('paying a table tab split between people', () => {
  let app: TestAppliance;
  let waiter: Api;
  let cashier: Api;

  beforeAll(async () => {
    app = await startTillStore();
    waiter = apiAs(app, ['tables.read', 'tables.operate', 'orders.read'], 'WAITER');
    cashier = apiAs(app, ['orders.read', 'cashier.operate', 'payments.capture', 'tables.read', 'tables.operate'], 'CASHIER');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-T', openingFloatCents: 5_000 })).status).toBe(201);
  });
  afterAll(() => app.close());

  it('pays each part of the split with its own tender and person; the parts add up and the tab closes', async () => {
    const tab = (await waiter.post('/tables/table-3/tab', { guests: 3 })).body.data;
    await waiter.post(`/tabs/${tab.id}/rounds`, {
      items: [
        { productId: 'prod-beer', quantity: 3, seat: 1 },
        { productId: 'prod-onion-rings', quantity: 2, seat: 2 },
        { productId: 'prod-fries', quantity: 1, seat: 3 },
      ],
    });
    await app.ctx.commands.run('kitchen', (tx) => setOrderStatus(tx, tab.primaryOrderId, 'READY'), { actor: { type: 'device', id: 'kds', deviceKind: 'KDS' } });
    const split = (await waiter.post(`/tabs/${tab.id}/split`, { method: 'SEAT' })).body.data;
    const methods = ['CASH', 'DEBIT', 'VOUCHER'] as const;
    let remaining = split.totalCents;
    for (const [i, part] of split.parts.entries()) {
      const tender = methods[i] === 'CASH' ? { method: 'CASH', amountCents: part.amountCents, tenderedCents: part.amountCents + 1_000 } : { method: methods[i], amountCents: part.amountCents };
      const paid = await cashier.post(`/orders/${tab.primaryOrderId}/payments`, { ...tender, payerLabel: part.label });
      expect(paid.status).toBe(201);
      remaining -= part.amountCents;
      expect(paid.body.data.balance.remainingCents).toBe(remaining);
    }
    const payments = (await cashier.get(`/orders/${tab.primaryOrderId}/payments`)).body.data.payments;
    expect(payments.map((p: { payerLabel: string; amountCents: number }) => [p.payerLabel, p.amountCents])).toEqual(split.parts.map((p: { label: string; amountCents: number }) => [p.label, p.amountCents]));
    expect(payments.reduce((s: number, p: { amountCents: number }) => s + p.amountCents, 0)).toBe(split.totalCents);
    expect((await cashier.get(`/orders/${tab.primaryOrderId}`)).body.data.paidAt).not.toBeNull();
    // The waiter, who may not read payments, sees the till's progress on the tab.
    expect((await waiter.get(`/tabs/${tab.id}`)).body.data.paidCents).toBe(split.totalCents);
    const closed = await waiter.post(`/tabs/${tab.id}/close`);
    expect(closed.body.data.status).toBe('CLOSED');
  });
});
