/**
 * A manager comps a table's whole bill (a complaint, the owner's guests): nothing is left to pay,
 * so the waiter frees the table when the guests leave, as for a paid bill, without waiting for the
 * kitchen to bump the last dish. It was refused with "A comanda ainda tem pedidos sem pagamento."
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

describe('a table whose whole bill a manager comped', () => {
  let app: TestAppliance;
  let waiter: Api;
  let manager: Api;

  beforeAll(async () => {
    app = await startTillStore();
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
  });
  afterAll(() => app.close());

  it('is freed by the waiter', async () => {
    const tab = (await waiter.post('/tables/table-4/tab', { guests: 2 })).body.data as { id: string; primaryOrderId: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 2 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const comped = await manager.post(`/orders/${tab.primaryOrderId}/discount`, { amountCents: round.body.data.order.totalCents, reason: 'cortesia da casa' });
    expect(comped.status, JSON.stringify(comped.body)).toBe(200);
    expect(comped.body.data.totalCents).toBe(0);

    const freed = await waiter.post(`/tabs/${tab.id}/close`);
    expect(freed.status, JSON.stringify(freed.body)).toBe(200);
    expect((await waiter.get('/tables/table-4')).body.data.status).toBe('FREE');
  });

  it('one with something still to pay stays occupied', async () => {
    const tab = (await waiter.post('/tables/table-5/tab', { guests: 2 })).body.data as { id: string };
    expect((await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }] })).status).toBe(200);
    const refused = await waiter.post(`/tabs/${tab.id}/close`);
    expect(refused.status).toBe(422);
    expect(refused.body.error.code).toBe('TAB_NOT_SETTLED');
  });
});
