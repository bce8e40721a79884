import { beforeAll, describe, expect, it } from 'vitest';
import { ticketsOfOrder } from '../kitchen/index.js';
import { listMovements } from '../stock/index.js';
import { apiAs } from './test-support.js';
import { useTillWithOpenDrawer } from './till-test-support.js';

/**
 * An extra on a burger ("Bacon extra" in its "Adicionais") that is itself a product of the menu —
 * the bacon portion counted on its own shelf, or a cheddar topping made by a recipe — leaves stock
 * with the burger: each burger sold with it takes what one bacon portion takes (its own count, or
 * its recipe's ingredients), times the burgers on the line. Else the bacon would never sell out and
 * every count would find bacon missing. A burger cancelled before it is served gives its extra back,
 * as it gives back the burger itself; one cancelled off the grill loses it with the burger.
 */
describe('an extra that is a product of its own', () => {
  const till = useTillWithOpenDrawer();
  let bacon: string;
  let cheddar: string;

  const levelOf = till.stockLevel;
  const newItem = till.newStockItem;
  const newProduct = async (fields: Record<string, unknown>) => {
    const res = await till.manager.post('/products', { categoryId: 'cat-burgers', type: 'SIMPLE', fiscal: { ncm: '21069090', cfop: '5102', taxGroup: 'FOOD' }, ...fields });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
  };
  const burgerWith = async (quantity: number, options: string[]) => {
    const order = await till.cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-classic-burger', quantity, options: ['medium', ...options] }], confirm: true });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    return order.body.data as { id: string; totalCents: number; items: { itemId: string }[] };
  };

  beforeAll(async () => {
    await newProduct({ id: 'prod-bacon-portion', sku: 'ADD-001', name: 'Porção de bacon', priceCents: 900 });
    await newProduct({ id: 'prod-cheddar-topping', sku: 'ADD-002', name: 'Cobertura de cheddar', priceCents: 600 });
    bacon = await newItem({ productId: 'prod-bacon-portion', name: 'Porção de bacon', kind: 'PRODUCT', unit: 'MILLIUNIT', initialQuantity: 10_000 });
    cheddar = await newItem({ name: 'Cheddar cremoso', kind: 'INGREDIENT', unit: 'GRAM', initialQuantity: 1_000 });
    expect((await till.manager.put('/stock/recipes/prod-cheddar-topping', { lines: [{ stockItemId: cheddar, quantity: 30 }] })).status).toBe(200);

    const { unit: _unit, updatedAt: _updatedAt, photoUrl: _photoUrl, ...burger } = (await till.manager.get('/products/prod-classic-burger')).body.data;
    const extras = {
      id: 'extras', name: 'Adicionais', kind: 'MODIFIER', minChoices: 0, maxChoices: 3,
      options: [
        { id: 'bacon', name: 'Bacon extra', priceCents: 500, productId: 'prod-bacon-portion' },
        { id: 'cheddar', name: 'Cheddar extra', priceCents: 400, productId: 'prod-cheddar-topping' },
        { id: 'egg', name: 'Ovo', priceCents: 300 },
      ],
    };
    const groups = burger.optionGroups.map((g: { id: string }) => (g.id === 'extras' ? extras : g));
    const saved = await till.manager.put('/products/prod-classic-burger', { ...burger, optionGroups: groups });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
  });

  it('takes the extra off its own shelf, once per burger', async () => {
    const order = await burgerWith(2, ['bacon', 'egg']);
    expect(await levelOf(bacon)).toEqual({ onHand: 10_000, reserved: 2_000 });
    expect((await till.manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const paid = await till.cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(await levelOf(bacon)).toEqual({ onHand: 8_000, reserved: 0 });
  });

  it('takes an extra made by a recipe off the recipe\'s ingredients', async () => {
    const order = await burgerWith(3, ['cheddar']);
    expect((await till.manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    expect((await till.cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: order.totalCents })).status).toBe(201);
    expect(await levelOf(cheddar)).toEqual({ onHand: 1_000 - 90, reserved: 0 });
  });

  it('gives the extra back when the burger is cancelled before it is served', async () => {
    const order = await burgerWith(1, ['bacon', 'cheddar']);
    const before = await levelOf(bacon);
    expect(before.reserved).toBe(1_000);
    const cancelled = await till.manager.post(`/orders/${order.id}/cancel`, { reason: 'cliente desistiu' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(await levelOf(bacon)).toEqual({ onHand: before.onHand, reserved: 0 });
    expect(await levelOf(cheddar)).toEqual({ onHand: 1_000 - 90, reserved: 0 });
  });

  it('gives the extra back when one burger of the order is cancelled, and keeps the rest held', async () => {
    const before = await levelOf(bacon);
    const order = await till.cashier.post('/orders', {
      channel: 'COUNTER',
      items: [{ productId: 'prod-classic-burger', quantity: 2, options: ['medium', 'bacon'] }, { productId: 'prod-fries', quantity: 1 }],
      confirm: true,
    });
    expect(order.status, JSON.stringify(order.body)).toBe(201);
    expect(await levelOf(bacon)).toEqual({ onHand: before.onHand, reserved: before.reserved + 2_000 });
    const burger = order.body.data.items.find((i: { productId: string }) => i.productId === 'prod-classic-burger');
    const cancelled = await till.manager.post(`/orders/${order.body.data.id}/items/${burger.itemId}/cancel`, { reason: 'cliente desistiu' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(await levelOf(bacon)).toEqual(before);
  });

  it('books the extra as waste with the burger the grill had started', async () => {
    const before = await levelOf(bacon);
    const order = await burgerWith(1, ['bacon']);
    const ticket = ticketsOfOrder(till.app.ctx.db, order.id).find((t) => t.kind === 'STATION')!;
    const kitchen = apiAs(till.app, ['kds.operate', 'orders.read'], 'KITCHEN');
    expect((await kitchen.post(`/kds/${ticket.station}/commands`, { ticketId: ticket.ticketId, action: 'start' })).status).toBe(200);
    const cancelled = await till.manager.post(`/orders/${order.id}/cancel`, { reason: 'caiu no chão' });
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(await levelOf(bacon)).toEqual({ onHand: before.onHand - 1_000, reserved: before.reserved });
    const losses = listMovements(till.app.ctx.db, bacon).filter((m) => m.type === 'LOSS' && m.reference === order.id);
    expect(losses.map((m) => [m.onHandDelta, m.reason])).toEqual([[-1_000, 'caiu no chão']]);
  });

  it('a sold-out extra is refused with the burger, naming the extra', async () => {
    const scarce = await newItem({ name: 'Cheddar da reserva', kind: 'INGREDIENT', unit: 'GRAM', initialQuantity: 0, availabilityPolicy: 'BLOCK' });
    expect((await till.manager.put('/stock/recipes/prod-cheddar-topping', { lines: [{ stockItemId: scarce, quantity: 30 }] })).status).toBe(200);
    const order = await till.cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-classic-burger', quantity: 1, options: ['medium', 'cheddar'] }], confirm: true });
    expect([order.status, order.body.error?.code]).toEqual([422, 'STOCK_UNAVAILABLE']);
    expect(order.body.error.message).toContain('Cheddar da reserva');
  });
});
