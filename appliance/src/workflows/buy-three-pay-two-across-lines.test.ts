/**
 * "Leve 3, pague 2": the promotion counts the units of a product in the sale, however the till laid
 * them out. A cashier scanning Coca, batata, Coca, batata, Coca sends three Coca lines of one unit
 * (the till only adds a scan to the line just above it), and a table's round has one line per seat:
 * the customer still takes three Cocas and pays for two.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

describe('leve 3 pague 2 counts the units of a product across the lines sent together', () => {
  let app: TestAppliance;
  let cashier: Api;
  beforeAll(async () => {
    app = await startDemoStore();
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    const manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    const rule = await manager.put('/pricing/rules/coca-leve-3-pague-2', { kind: 'BUY_X_GET_Y', buy: 2, get: 1, target: { productIds: ['prod-coke'] } });
    expect(rule.status, JSON.stringify(rule.body)).toBe(200);
  });
  afterAll(() => app.close());

  const coke = { productId: 'prod-coke', quantity: 1 };
  const fries = { productId: 'prod-fries', quantity: 1 };

  it('three Cocas scanned between other items: one of them is free', async () => {
    const res = await cashier.post('/orders', { channel: 'COUNTER', items: [coke, fries, coke, fries, coke] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const order = res.body.data;
    // 3 × 6,90 + 2 × 12,90 = 46,50; one Coca (6,90) free = 39,60.
    expect([order.subtotalCents, order.discountCents, order.totalCents]).toEqual([4650, 690, 3960]);
    const cokes = order.items.filter((i: { productId: string }) => i.productId === 'prod-coke');
    expect(cokes.map((i: { discountCents: number }) => i.discountCents).sort()).toEqual([0, 0, 690]);
    expect(cokes.filter((i: { appliedRules: string[] }) => i.appliedRules.includes('BUY_X_GET_Y:coca-leve-3-pague-2'))).toHaveLength(1);
  });

  it('Cocas on lines of one per seat and lines of two: every third one is free', async () => {
    const res = await cashier.post('/orders', { channel: 'COUNTER', items: [{ ...coke, quantity: 2 }, fries, { ...coke, seat: 2 }, { ...coke, quantity: 2 }, { ...coke, seat: 3 }] });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    // 6 Cocas: two free (13,80).
    expect(res.body.data.discountCents).toBe(1380);
  });

  it('two Cocas alone stay at full price, and the simulator shows what the order charges', async () => {
    const two = await cashier.post('/orders', { channel: 'COUNTER', items: [coke, fries, coke] });
    expect(two.body.data.discountCents).toBe(0);
    const simulated = await cashier.post('/pricing/simulate', { channel: 'COUNTER', lines: [coke, fries, coke, coke] });
    expect(simulated.status).toBe(200);
    // 3 × 6,90 + 12,90 = 33,60, one Coca free: 26,70.
    expect([simulated.body.data.discountCents, simulated.body.data.totalCents]).toEqual([690, 2670]);
  });
});
