// The customer reads the order's total on the pole display while the cashier works. When a line is
// cancelled or the order is discounted, the total they are about to pay changed: the glass must
// show the new total, not the one from before (the customer would be told to pay the old amount).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHardwareModule } from '../hardware/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

describe('the customer display follows the total to pay', () => {
  let app: TestAppliance;
  let cashier: Api;
  let admin: Api;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m.name !== 'workflows'), createHardwareModule(), workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    cashier = apiAs(app, ['orders.create', 'orders.read', 'orders.cancel', 'orders.discount'], 'MANAGER');
    admin = apiAs(app, ['devices.manage'], 'ADMIN');
  });
  afterAll(() => app.close());

  const glassShows = async (expected: string[]) => {
    const deadline = Date.now() + 3_000;
    let lines: string[] = [];
    while (Date.now() < deadline) {
      lines = (await admin.get('/hardware/display-1/virtual/display')).body.data.lines;
      if (JSON.stringify(lines) === JSON.stringify(expected)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    return lines;
  };

  it('shows the total after a cancelled line and after a discount', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 1 }] })).body.data;
    const added = await cashier.post(`/orders/${order.id}/items`, { items: [{ productId: 'prod-coke', quantity: 1 }] });
    expect(added.status).toBe(200);
    expect(await glassShows(['Coca-Cola lata  6,90', 'TOTAL       R$ 13,80'])).toEqual(['Coca-Cola lata  6,90', 'TOTAL       R$ 13,80']);

    const cancelled = await cashier.post(`/orders/${order.id}/items/${added.body.data.items[1].itemId}/cancel`, { reason: 'Cliente desistiu' });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.data.totalCents).toBe(690);
    expect(await glassShows(['ITEM CANCELADO      ', 'TOTAL        R$ 6,90'])).toEqual(['ITEM CANCELADO      ', 'TOTAL        R$ 6,90']);

    const discounted = await cashier.post(`/orders/${order.id}/discount`, { amountCents: 100, reason: 'Cortesia' });
    expect(discounted.status).toBe(200);
    expect(discounted.body.data.totalCents).toBe(590);
    expect(await glassShows(['DESCONTO        1,00', 'TOTAL        R$ 5,90'])).toEqual(['DESCONTO        1,00', 'TOTAL        R$ 5,90']);
  });

  it('shows the total after a cancelled dish takes its combo discount with it', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-classic-burger', quantity: 1, options: ['medium'] }, { productId: 'prod-fries', quantity: 1 }] })).body.data;
    expect(order.totalCents).toBe(2990 + 1290 - 500);
    const cancelled = await cashier.post(`/orders/${order.id}/items/${order.items[1].itemId}/cancel`, { reason: 'Cliente desistiu' });
    expect(cancelled.body.data.totalCents).toBe(2990);
    expect(await glassShows(['PROMOÇÃO ALTERADA   ', 'TOTAL       R$ 29,90'])).toEqual(['PROMOÇÃO ALTERADA   ', 'TOTAL       R$ 29,90']);
  });
});
