import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHardwareModule } from '../hardware/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

/** The demo store with its virtual hardware: scale `balanca-1` (1.234 kg on it) and display `display-1`. */
describe('weighed items and the customer display in the demo store', () => {
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

  const displayLines = async (expected: string[]) => {
    const deadline = Date.now() + 3_000;
    let lines: string[] = [];
    while (Date.now() < deadline) {
      lines = (await manager.get('/hardware/display-1/virtual/display')).body.data.lines;
      if (JSON.stringify(lines) === JSON.stringify(expected)) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    return lines;
  };

  it('adds the salad bar with the scale reading, priced like a keyed-in line of the same grams', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 1 }] })).body.data;
    expect(await displayLines(['Coca-Cola lata  6,90', 'TOTAL        R$ 6,90'])).toEqual(['Coca-Cola lata  6,90', 'TOTAL        R$ 6,90']);

    const weighed = await cashier.post(`/orders/${order.id}/items/weighed`, { productId: 'prod-salad-bar', scaleId: 'balanca-1' });
    expect(weighed.status).toBe(200);
    const line = weighed.body.data.items.find((i: { productId: string }) => i.productId === 'prod-salad-bar');
    expect(line).toMatchObject({ quantity: 1234, unit: 'GRAM' });
    expect(weighed.body.data.weighedGrams).toBe(1234);

    const keyed = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-salad-bar', quantity: 1234 }] })).body.data;
    expect(line.totalCents).toBe(keyed.items[0].totalCents);
    expect(weighed.body.data.totalCents).toBe(690 + line.totalCents);

    const amount = (cents: number) => `${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}`;
    const total = `R$ ${amount(keyed.totalCents)}`;
    // The keyed-in order came last, so the display now shows it.
    const expected = [`Buffet de sala${' '.repeat(6 - amount(line.totalCents).length)}${amount(line.totalCents)}`, `TOTAL${' '.repeat(15 - total.length)}${total}`];
    expect(await displayLines(expected)).toEqual(expected);
  });

  it('refuses a product not sold by weight, an overloaded or empty platter, and an unknown scale', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 1 }] })).body.data;
    const weigh = (body: Record<string, string>) => cashier.post(`/orders/${order.id}/items/weighed`, { productId: 'prod-salad-bar', scaleId: 'balanca-1', ...body });

    const notWeighed = await weigh({ productId: 'prod-coke' });
    expect([notWeighed.status, notWeighed.body.error.code]).toEqual([422, 'SCALE_PRODUCT_NOT_SOLD_BY_WEIGHT']);

    expect((await manager.post('/hardware/balanca-1/virtual/weight', { state: 'overload' })).status).toBe(200);
    const overload = await weigh({});
    expect([overload.status, overload.body.error.code]).toEqual([422, 'SCALE_WEIGHT_OVERLOAD']);

    await manager.post('/hardware/balanca-1/virtual/weight', { state: 'stable', grams: 0 });
    const empty = await weigh({});
    expect([empty.status, empty.body.error.code]).toEqual([422, 'SCALE_WEIGHT_EMPTY']);

    const unknown = await weigh({ scaleId: 'balanca-9' });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'HARDWARE_NOT_FOUND']);

    const after = (await cashier.get(`/orders/${order.id}`)).body.data;
    expect(after.items).toHaveLength(1);
    await manager.post('/hardware/balanca-1/virtual/weight', { state: 'stable', grams: 1234 });
  });

  /*
   * The till weighs a salad-bar plate and adds it to the sale, but the answer is lost (Wi-Fi drop);
   * the till sends the same request again with the same Idempotency-Key. By then the customer has
   * taken the plate off the scale, or the next plate is on it: the sale still has the plate once, at
   * the weight it was weighed at, and the till is told so instead of "balança vazia" (which would
   * have the cashier weigh it again and charge it twice).
   */
  it('answers a plate sent again after a lost answer with the plate already added, whatever the scale reads now', async () => {
    const putOnScale = async (grams: number) => expect((await manager.post('/hardware/balanca-1/virtual/weight', { state: 'stable', grams })).status).toBe(200);
    const saladLines = async (orderId: string) =>
      ((await cashier.get(`/orders/${orderId}`)).body.data.items as { productId: string; quantity: number }[]).filter((i) => i.productId === 'prod-salad-bar');
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
