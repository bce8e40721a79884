import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/**
 * A cashier who adds a drink to an order someone already cancelled, or a waiter who tries a step
 * the order cannot take, reads why in Portuguese: the order's status in the words the store uses
 * ("cancelado", "em preparo"), never the code a program reads (CANCELLED), which stays in the
 * error's details.
 */
describe('refusals about an order name its status in Portuguese', () => {
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;

  beforeAll(async () => {
    app = await startTillStore();
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'user-manager');
  });
  afterAll(() => app.close());

  it('a line added to a cancelled order', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data as { id: string; number: number };
    expect((await manager.post(`/orders/${order.id}/cancel`, { reason: 'cliente desistiu' })).status).toBe(200);

    const refused = await cashier.post(`/orders/${order.id}/items`, { items: [{ productId: 'prod-coke', quantity: 1 }] });
    expect([refused.status, refused.body.error.code, refused.body.error.details]).toEqual([422, 'ORDER_CLOSED', expect.objectContaining({ status: 'CANCELLED' })]);
    expect(refused.body.error.message).toBe(`O pedido ${order.number} já foi encerrado (cancelado).`);
  });

  it('a step the order cannot take', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data as { id: string };
    const refused = await manager.post(`/orders/${order.id}/status`, { status: 'DELIVERING' });
    expect([refused.status, refused.body.error.code]).toEqual([422, 'ORDER_TRANSITION_NOT_ALLOWED']);
    expect(refused.body.error.message).toBe('Não é possível passar o pedido de "confirmado" para "saiu para entrega".');
  });
});
