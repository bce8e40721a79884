/**
 * Two waiters on joined tables: one joins table 5 into table 4's bill while the other's phone, on a
 * bad signal, still holds a round for table 5's tab. When that round arrives it goes to the kitchen
 * on the joined bill (the tab table 5 now belongs to): the guests' food is not refused and left on
 * a phone screen that no longer shows table 5's own tab.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startDemoStore } from './test-support.js';

describe('a round sent for a table just joined into another bill', () => {
  let app: TestAppliance;
  let ana: Api;
  let bruno: Api;

  beforeAll(async () => {
    app = await startDemoStore();
    ana = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER', 'waiter-ana');
    bruno = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER', 'waiter-bruno');
  });
  afterAll(() => app.close());

  it('reaches the kitchen on the joined bill, once, even when sent again', async () => {
    const four = (await ana.post('/tables/table-4/tab', { guests: 2 })).body.data as { id: string };
    const five = (await bruno.post('/tables/table-5/tab', { guests: 2 })).body.data as { id: string };
    expect((await ana.post(`/tabs/${four.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }] })).status).toBe(200);
    expect((await ana.post(`/tabs/${four.id}/merge`, { tableId: 'table-5' })).status).toBe(200);

    const key = { 'idempotency-key': crypto.randomUUID() };
    const late = await bruno.post(`/tabs/${five.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 2, seat: 1 }] }, key);
    expect(late.status, JSON.stringify(late.body)).toBe(200);
    expect(late.body.data.kitchenTickets.length).toBeGreaterThan(0);
    const again = await bruno.post(`/tabs/${five.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 2, seat: 1 }] }, key);
    expect(again.status).toBe(200);

    const joined = (await ana.get(`/tabs/${four.id}`)).body.data;
    const beers = joined.orders.flatMap((o: { items: { productId: string; quantity: number; status: string }[] }) => o.items).filter((i: { productId: string; status: string }) => i.productId === 'prod-beer' && i.status !== 'CANCELLED');
    expect(beers.map((b: { quantity: number }) => b.quantity)).toEqual([2]);
    expect(joined.tableIds).toEqual(expect.arrayContaining(['table-4', 'table-5']));
  });

  it('a tab that was closed still refuses a round', async () => {
    const six = (await ana.post('/tables/table-6/tab', { guests: 2 })).body.data as { id: string };
    expect((await ana.post(`/tabs/${six.id}/close`)).status).toBe(200);
    const late = await ana.post(`/tabs/${six.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 1 }] });
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe('TAB_NOT_OPEN');
  });
});
