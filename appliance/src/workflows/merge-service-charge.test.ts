import { describe, expect, it } from 'vitest';
import { serviceChargeCents } from './service-charge.js';
import { useServiceChargeStore } from './service-charge-test-support.js';

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

/**
 * Table 8 pays part of its bill by card at the table (goods + 10 % share), then joins table 7
 * (`/tabs/{id}/merge`): one bill. The share table 8 already paid is part of the joined bill's
 * service charge (docs/money.md: the shares of a tab add up exactly to the charge on the whole
 * bill, the pré-conta's figure), so the joined tab counts it as collected and charges only
 * the rest.
 *
 * Guests who declined the 10 % are not charged it for joining another table: the joined bill is
 * declined, whichever table joined the other, until the whole party accepts it again.
 */
describe('joining a table that already paid part of its bill with the service charge', () => {
  const store = useServiceChargeStore();

  const openTab = async (tableId: string, items: object[]) => {
    const tab = (await store.waiter.post(`/tables/${tableId}/tab`, { guests: 2 })).body.data as { id: string; primaryOrderId: string };
    const round = await store.waiter.post(`/tabs/${tab.id}/rounds`, { items });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    return tab;
  };
  const card = async (tabId: string, body: object) => {
    const paid = await store.waiter.post(`/tabs/${tabId}/card-payments`, body, { 'idempotency-key': crypto.randomUUID() });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    return paid.body.data as { serviceChargeCents: number; chargedCents: number; payment: { amountCents: number } };
  };

  it('counts the share paid before the merge, and the joined bill collects exactly the pré-conta figure', async () => {
    const tab = await openTab('table-7', [{ productId: 'prod-fries', quantity: 2 }]);
    const joining = await openTab('table-8', [{ productId: 'prod-beer', quantity: 3 }, { productId: 'prod-onion-rings', quantity: 1 }]);
    // R$ 10,05 of goods: a share of R$ 1,01 (R$ 1,005 rounded half up).
    const early = await card(joining.id, { method: 'CREDIT', amountCents: 1005 });
    expect(early.serviceChargeCents).toBe(101);

    const merged = await store.waiter.post(`/tabs/${tab.id}/merge`, { tableId: 'table-8' });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    const view = merged.body.data;
    const bill = view.totalCents as number;
    expect(view.serviceChargeCents).toBe(serviceChargeCents(bill, 1000));
    // What the guests already paid as service charge on this bill.
    expect(view.serviceChargePaidCents).toBe(101);

    // The rest of the joined bill by card at the table, order by order.
    const rest = [await card(tab.id, { method: 'DEBIT' }), await card(tab.id, { method: 'DEBIT' })];
    const after = (await store.waiter.get(`/tabs/${tab.id}`)).body.data;
    expect(after.status).toBe('CLOSED');
    const shares = [early.serviceChargeCents, ...rest.map((r) => r.serviceChargeCents)];
    expect(sum([early.payment.amountCents, ...rest.map((r) => r.payment.amountCents)])).toBe(bill);
    // The guests paid the pré-conta's service charge, to the centavo.
    expect(sum(shares)).toBe(view.serviceChargeCents);
  });

  it('a table that declined the service charge keeps it declined on the bill it joins, whichever way the tables join', async () => {
    const charged = await openTab('table-3', [{ productId: 'prod-fries', quantity: 1 }]);
    const declined = await openTab('table-4', [{ productId: 'prod-beer', quantity: 2 }]);
    expect((await store.waiter.post(`/tabs/${declined.id}/service-charge`, { waived: true })).status).toBe(200);

    const joined = await store.waiter.post(`/tabs/${charged.id}/merge`, { tableId: 'table-4' });
    expect(joined.status, JSON.stringify(joined.body)).toBe(200);
    expect({ waived: joined.body.data.serviceChargeWaived, charge: joined.body.data.serviceChargeCents }).toEqual({ waived: true, charge: 0 });
    expect(store.app.ctx.db.prepare("SELECT count(*) FROM journal WHERE type = 'tables.service_charge_waived' AND aggregate_id = ?").pluck().get(charged.id)).toBe(1);
    // The card at the table charges the goods only.
    expect((await card(charged.id, { method: 'DEBIT' })).serviceChargeCents).toBe(0);

    // The table that declined opened the bill the other one joins: the same.
    const first = await openTab('table-5', [{ productId: 'prod-fries', quantity: 1 }]);
    await openTab('table-6', [{ productId: 'prod-beer', quantity: 1 }]);
    expect((await store.waiter.post(`/tabs/${first.id}/service-charge`, { waived: true })).status).toBe(200);
    const reverse = (await store.waiter.post(`/tabs/${first.id}/merge`, { tableId: 'table-6' })).body.data;
    expect({ waived: reverse.serviceChargeWaived, charge: reverse.serviceChargeCents }).toEqual({ waived: true, charge: 0 });
  });
});
