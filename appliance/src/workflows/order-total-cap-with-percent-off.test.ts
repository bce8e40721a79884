/**
 * A back office can price a product at the catalog's top (R$ 1.000.000,00 a unit, or a period of
 * billiards) and a promotion can take a percentage off it. An order too large for the store is
 * refused with the order cap's message, whatever promotion applies, never as a server failure;
 * an order within the cap gets its percentage off to the centavo.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { MAX_UNIT_PRICE_CENTS } from '../kernel/money.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

describe('an order at the catalog top price with a percentage off', () => {
  let app: TestAppliance;
  let manager: Api;
  beforeAll(async () => {
    app = await startDemoStore();
    manager = apiAs(app, ['catalog.write', 'catalog.read', 'pricing.manage', 'orders.create', 'orders.read', 'business_day.manage'], 'MANAGER');
    const room = await manager.post('/products', { id: 'vip-room', categoryId: 'cat-leisure', sku: 'LAZ-VIP', name: 'Sala VIP (1 min)', type: 'TIME', priceCents: MAX_UNIT_PRICE_CENTS, timeBlockMinutes: 1, channels: ['COUNTER'], sendToKitchen: false });
    expect(room.status, JSON.stringify(room.body)).toBe(201);
    const rule = await manager.put('/pricing/rules/vip-10', { kind: 'PERCENT_OFF', percentOffBp: 1000, target: { productIds: ['vip-room'] } });
    expect(rule.status, JSON.stringify(rule.body)).toBe(200);
  });
  afterAll(() => app?.close());

  it('refuses 100,000 minutes of the room with the order cap, in Portuguese', async () => {
    const res = await manager.post('/orders', { channel: 'COUNTER', items: [{ productId: 'vip-room', quantity: 100_000 }] });
    expect(res.status, JSON.stringify(res.body)).toBe(422);
    expect(res.body.error.code).toBe('ORDER_TOTAL_TOO_LARGE');
    expect(res.body.error.message).toContain('R$ 10.000.000,00');
  });

  it('takes 10 % off nine minutes of the room, to the centavo', async () => {
    const res = await manager.post('/orders', { channel: 'COUNTER', items: [{ productId: 'vip-room', quantity: 9 }] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.data.items[0]).toMatchObject({ grossCents: 9 * MAX_UNIT_PRICE_CENTS, discountCents: 9 * MAX_UNIT_PRICE_CENTS / 10 });
  });
});
