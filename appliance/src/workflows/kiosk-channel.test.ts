import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, apiWith, startTillStore, type Api } from './test-support.js';

describe('a self-order kiosk sells only what is sold on the KIOSK channel', () => {
  let app: TestAppliance;
  let kiosk: Api;
  let staff: Api;
  beforeAll(async () => {
    app = await startTillStore();
    kiosk = apiWith(app, app.bearer([...DEVICE_PERMISSIONS.KIOSK], { type: 'device', id: 'kiosk-1', role: undefined, deviceKind: 'KIOSK' }));
    staff = apiAs(app, ['orders.read'], 'MANAGER');
  });
  afterAll(() => app.close());

  it('the beer (channels COUNTER, TABLE, TAKEOUT) cannot be bought at the kiosk by naming another channel in the request', async () => {
    // What the totem sends is refused: beer is not sold on KIOSK.
    const honest = await kiosk.post('/orders', { channel: 'KIOSK', items: [{ productId: 'prod-beer', quantity: 6 }] });
    expect([honest.status, honest.body.error?.code]).toEqual([422, 'ORDER_PRODUCT_NOT_ON_CHANNEL']);
    // The customer reads the channel as the store names it, never its code.
    expect(honest.body.error.message).toMatch(/não é vendido no canal Totem\.$/);
    // The same device crafting the request with the till's channel.
    const crafted = await kiosk.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-beer', quantity: 6 }] });
    const orders = (await staff.get('/orders?size=100')).body.data as { channel: string; items: { productId: string }[] }[];
    const beerOrders = orders.filter((o) => o.items.some((i) => i.productId === 'prod-beer')).map((o) => o.channel);
    // Refused (a kiosk places KIOSK orders only), and no order carries the beer.
    expect(beerOrders).toEqual([]);
    expect([crafted.status, crafted.body.error?.code]).toEqual([403, 'ORDER_CHANNEL_NOT_ALLOWED']);
  });
});
