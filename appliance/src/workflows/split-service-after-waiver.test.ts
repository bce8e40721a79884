/**
 * A guest may pay part of the bill while the table declines the service charge; once the table
 * accepts it again, the charge is on the rest of the bill only, as the tab and the pré-conta show
 * it. The split gives each part its share on that same base, so the shares add up exactly to the
 * tab's service charge and no guest is asked for a charge on goods already paid without it.
 */
import { describe, expect, it } from 'vitest';
import { useServiceChargeStore } from './service-charge-test-support.js';

describe('bill split with the service charge after a part paid while it was declined', () => {
  const store = useServiceChargeStore();

  it("the split's service charge shares add up to the tab's service charge", async () => {
    const tab = (await store.waiter.post('/tables/table-3/tab', { guests: 3 })).body.data as { id: string };
    const round = await store.waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 4 }, { productId: 'prod-fries', quantity: 2 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);

    expect((await store.waiter.post(`/tabs/${tab.id}/service-charge`, { waived: true })).status).toBe(200);
    const early = await store.waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'CREDIT', amountCents: 1000 }, { 'idempotency-key': crypto.randomUUID() });
    expect(early.status, JSON.stringify(early.body)).toBe(201);
    expect(early.body.data.serviceChargeCents).toBe(0);
    expect((await store.waiter.post(`/tabs/${tab.id}/service-charge`, { waived: false })).status).toBe(200);

    const split = await store.waiter.post(`/tabs/${tab.id}/split`, { method: 'EQUAL', parts: 3 });
    expect(split.status, JSON.stringify(split.body)).toBe(200);
    const { serviceChargeCents, parts } = split.body.data as { serviceChargeCents: number; parts: { serviceChargeCents: number }[] };
    expect(parts.reduce((s, p) => s + p.serviceChargeCents, 0)).toBe(serviceChargeCents);
  });
});
