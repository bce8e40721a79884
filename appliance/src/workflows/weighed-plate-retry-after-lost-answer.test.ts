/**
 * The till weighs a salad-bar plate and adds it to the sale, but the answer is lost (Wi-Fi drop);
 * the till sends the same request again with the same Idempotency-Key. By then the customer has
 * taken the plate off the scale, or the next plate is on it: the sale still has the plate once, at
 * the weight it was weighed at, and the till is told so instead of "balança vazia" (which would
 * have the cashier weigh it again and charge it twice).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHardwareModule } from '../hardware/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

describe('a weighed plate sent again after a lost answer', () => {
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m.name !== 'workflows'), createHardwareModule(), workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    cashier = apiAs(app, ['orders.create', 'orders.read', 'scales.read']);
    manager = apiAs(app, ['devices.manage'], 'ADMIN');
  });
  afterAll(() => app.close());

  const putOnScale = async (grams: number) => expect((await manager.post('/hardware/balanca-1/virtual/weight', { state: 'stable', grams })).status).toBe(200);
  const saladLines = async (orderId: string) =>
    ((await cashier.get(`/orders/${orderId}`)).body.data.items as { productId: string; quantity: number }[]).filter((i) => i.productId === 'prod-salad-bar');

  it('is answered with the plate already added, whatever the scale reads now', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 1 }] })).body.data;
    const weigh = () => cashier.post(`/orders/${order.id}/items/weighed`, { productId: 'prod-salad-bar', scaleId: 'balanca-1' }, { 'idempotency-key': `plate-${order.id}` });
    await putOnScale(412);
    const first = await weigh();
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.data.weighedGrams).toBe(412);

    await putOnScale(0);
    const afterPlateTaken = await weigh();
    expect([afterPlateTaken.status, afterPlateTaken.headers.get('idempotent-replayed')], JSON.stringify(afterPlateTaken.body)).toEqual([200, 'true']);
    expect(afterPlateTaken.body).toEqual(first.body);

    await putOnScale(655);
    const nextPlateOn = await weigh();
    expect([nextPlateOn.status, nextPlateOn.body.data.weighedGrams]).toEqual([200, 412]);

    expect((await saladLines(order.id)).map((l) => l.quantity)).toEqual([412]);
  });
});
