import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { createStockItem, findStockItem } from '../stock/index.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

const ORDER_PERMS = ['orders.create', 'orders.read', 'orders.confirm', 'orders.cancel', 'orders.discount'];

describe('order workflows on the demo store', () => {
  let app: TestAppliance;
  let cashier: Api;

  beforeAll(async () => {
    app = await startDemoStore();
    cashier = apiAs(app, ORDER_PERMS, 'CASHIER');
  });
  afterAll(() => app.close());

  it('prices every product type and applies the combo discount', async () => {
    const res = await cashier.post('/orders', {
      channel: 'COUNTER',
      items: [
        { productId: 'prod-classic-burger', quantity: 1, options: ['medium', 'bacon'], notes: 'sem cebola' },
        { productId: 'prod-fries', quantity: 1 },
        { productId: 'prod-pizza-half', quantity: 1, options: ['mozzarella', 'four-cheese'] },
        { productId: 'prod-pizza-family', quantity: 1, options: ['mozzarella', 'pepperoni', 'four-cheese'] },
        { productId: 'prod-salad-bar', quantity: 350 },
        { productId: 'prod-billiards', quantity: 31 },
        // The combo also takes its burger's optional extras (contract/combo-extras.ts).
        { productId: 'prod-combo-classic', quantity: 1, options: ['well-done', 'side-rings', 'drink-juice', 'bacon'] },
      ],
    });
    expect(res.status).toBe(201);
    const order = res.body.data;
    expect(order).toMatchObject({ number: 1, businessDate: '2026-11-23', status: 'DRAFT', channel: 'COUNTER' });
    const lines = order.items.map((i: any) => [i.name, i.quantity, i.unit, i.unitPriceCents, i.discountCents, i.totalCents, i.appliedRules]);
    expect(lines).toEqual([
      ['X-Burger clássico', 1, 'UNIT', 3490, 365, 3125, ['COMBO_DISCOUNT:burger-fries-combo']],
      ['Batata frita', 1, 'UNIT', 1290, 135, 1155, ['COMBO_DISCOUNT:burger-fries-combo']],
      ['Pizza grande meio a meio', 1, 'UNIT', 5490, 0, 5490, []], // HIGHEST of 45,90 / 54,90
      ['Pizza família até 4 sabores', 1, 'UNIT', 4957, 0, 4957, []], // AVERAGE (4590+4790+5490)/3 = 4956.67
      ['Buffet de saladas (kg)', 350, 'GRAM', 6990, 0, 2447, []], // 69,90/kg × 350 g = 24,465 → 24,47
      ['Sinuca (15 min) · 31 min', 3, 'UNIT', 1000, 0, 3000, []], // 3 started blocks
      ['Combo X-Burger + porção + bebida', 1, 'UNIT', 4990, 0, 4990, []], // 39,90 + 2,00 + 3,00 + bacon 5,00
    ]);
    expect(order.items[2].options).toEqual([{ name: '1/2 Mussarela', priceCents: 0 }, { name: '1/2 Quatro queijos', priceCents: 0 }]);
    expect(order.items[3].options.map((o: any) => o.name)).toEqual(['1/3 Mussarela', '1/3 Calabresa', '1/3 Quatro queijos']);
    expect(order.items[0].options).toEqual([{ name: 'Ao ponto', priceCents: 0 }, { name: 'Bacon', priceCents: 500 }]);
    expect(order.items[6].options.map((o: any) => o.name)).toEqual(['Bem passado', 'Anéis de cebola', 'Suco de laranja', 'Bacon']);
    expect(order.items[6].components.map((c: any) => [c.name, c.station])).toEqual([
      ['X-Burger clássico', 'GRILL'], ['Anéis de cebola', 'FRYER'], ['Suco de laranja 500 ml', 'COLD'],
    ]);
    expect(order.subtotalCents).toBe(3490 + 1290 + 5490 + 4957 + 2447 + 3000 + 4990);
    expect(order.totalCents).toBe(order.subtotalCents - 500);
  });

  it('marks up DELIVERY and refuses products, options and quantities the catalog does not allow', async () => {
    const delivery = await cashier.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-veggie-burger', quantity: 2 }] });
    expect(delivery.body.data.items[0]).toMatchObject({ unitPriceCents: 3669, totalCents: 7338, appliedRules: ['CHANNEL_MARKUP:delivery-markup'] });
    const cases: [unknown, string][] = [
      [{ productId: 'prod-beer', quantity: 1 }, 'ORDER_PRODUCT_NOT_ON_CHANNEL'],
      [{ productId: 'ghost', quantity: 1 }, 'ORDER_PRODUCT_NOT_FOUND'],
      [{ productId: 'prod-classic-burger', quantity: 1 }, 'ORDER_OPTIONS_INVALID'], // doneness is required
      [{ productId: 'prod-pizza-half', quantity: 1, options: ['mozzarella', 'pepperoni', 'margherita'] }, 'ORDER_OPTIONS_INVALID'],
      [{ productId: 'prod-fries', quantity: 1, options: ['bacon'] }, 'ORDER_OPTIONS_INVALID'],
      [{ productId: 'prod-fries', quantity: 1000 }, 'ORDER_QUANTITY_INVALID'],
    ];
    for (const [item, code] of cases) {
      const res = await cashier.post('/orders', { channel: 'DELIVERY', items: [item] });
      expect([res.status, res.body.error.code]).toEqual([422, code]);
      expect(res.body.error.message).not.toBe(code);
    }
    const noTable = await cashier.post('/orders', { channel: 'TABLE', items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(noTable.body.error.code).toBe('ORDER_TABLE_REQUIRED');
    const ghostTable = await cashier.post('/orders', { channel: 'TABLE', tableId: 'table-99', items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(ghostTable.body.error.code).toBe('TABLE_NOT_FOUND');
    const empty = await cashier.post('/orders', { channel: 'COUNTER', items: [] });
    expect(empty.status).toBe(400);
  });

  it('replays an order POST with the same Idempotency-Key without a second order', async () => {
    const body = { channel: 'TAKEOUT', items: [{ productId: 'prod-coke', quantity: 2 }] };
    const first = await cashier.post('/orders', body, { 'idempotency-key': 'pos-1-000042' });
    const again = await cashier.post('/orders', body, { 'idempotency-key': 'pos-1-000042' });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.data.id).toBe(first.body.data.id);
    expect(app.ctx.db.prepare("SELECT COUNT(*) FROM orders WHERE channel = 'TAKEOUT'").pluck().get()).toBe(1);
  });

  it('confirms, routes the cooked lines to their stations in the same commit and publishes order.confirmed on MQTT', async () => {
    const listener = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: 'user:ADMIN', password: 'test', reconnectPeriod: 0 });
    const received = new Promise<any>((resolve) => listener.on('message', (_topic, payload) => resolve(JSON.parse(payload.toString()))));
    await listener.subscribeAsync(`store/${app.ctx.config.storeId}/events/order.confirmed`, { qos: 1 });
    try {
      const created = await cashier.post('/orders', {
        channel: 'COUNTER',
        items: [
          { productId: 'prod-combo-classic', quantity: 2, options: ['medium', 'side-fries', 'drink-coke'] },
          { productId: 'prod-pizza-half', quantity: 1, options: ['margherita'] },
          { productId: 'prod-salad-bar', quantity: 420 },
        ],
      });
      const order = created.body.data;
      const before = app.ctx.journal.lastSeq();
      const confirmed = await cashier.post(`/orders/${order.id}/confirm`);
      expect(confirmed.status).toBe(200);
      expect(confirmed.body.data.status).toBe('CONFIRMED');
      expect(confirmed.body.data.kitchenTickets.map((t: any) => t.station).sort()).toEqual(['ASSEMBLY', 'COLD', 'EXPO', 'FRYER', 'GRILL']);
      const routed = app.ctx.db
        .prepare("SELECT i.item_id, i.name, i.quantity, t.station FROM kitchen_ticket_items i JOIN kitchen_tickets t ON t.id = i.ticket_id WHERE t.order_id = ? ORDER BY i.item_id")
        .all(order.id);
      const combo = order.items[0].itemId;
      expect(routed).toEqual([
        { item_id: `${combo}.1`, name: 'X-Burger clássico', quantity: 2, station: 'GRILL' },
        { item_id: `${combo}.2`, name: 'Batata frita', quantity: 2, station: 'FRYER' },
        { item_id: `${combo}.3`, name: 'Coca-Cola lata 350 ml', quantity: 2, station: 'COLD' },
        { item_id: order.items[1].itemId, name: 'Pizza grande meio a meio', quantity: 1, station: 'ASSEMBLY' },
      ]); // the weighed salad bar is self-service: no ticket
      const types = app.ctx.journal.readAfter(before).map((e) => e.type);
      expect(types[0]).toBe('order.confirmed');
      expect(types.filter((t) => t === 'kitchen.ticket_created')).toHaveLength(5);
      const event = await received;
      expect(event).toMatchObject({ type: 'order.confirmed', aggregateId: order.id, payload: { orderId: order.id, number: order.number, status: 'CONFIRMED', totalCents: order.totalCents } });
      const again = await cashier.post(`/orders/${order.id}/confirm`);
      expect([again.status, again.body.error.code]).toEqual([422, 'ORDER_NOTHING_TO_CONFIRM']);
    } finally {
      await listener.endAsync();
    }
  });

  it('places an order confirmed in one request and one commit, as the till sends it, replayed by its key and refused without orders.confirm', async () => {
    const body = { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 2 }, { productId: 'prod-coke', quantity: 1 }], confirm: true };
    const batchesBefore = app.ctx.commands.stats.batches;
    const before = app.ctx.journal.lastSeq();
    const placed = await cashier.post('/orders', body, { 'idempotency-key': 'pos-1-000043' });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    expect(placed.body.data).toMatchObject({ status: 'CONFIRMED', channel: 'COUNTER' });
    expect(placed.body.data.kitchenTickets.map((t: any) => t.station).sort()).toEqual(['COLD', 'EXPO', 'FRYER']);
    expect(app.ctx.commands.stats.batches - batchesBefore).toBe(1);
    const events = app.ctx.journal.readAfter(before).filter((e) => e.aggregateId === placed.body.data.id || (e.payload as { orderId?: string }).orderId === placed.body.data.id);
    expect(events.slice(0, 2).map((e) => e.type)).toEqual(['order.created', 'order.confirmed']);
    expect(new Set(events.map((e) => e.correlationId)).size).toBe(1);

    const again = await cashier.post('/orders', body, { 'idempotency-key': 'pos-1-000043' });
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body.data).toMatchObject({ id: placed.body.data.id, status: 'CONFIRMED' });
    expect(app.ctx.db.prepare('SELECT COUNT(*) FROM kitchen_tickets WHERE order_id = ?').pluck().get(placed.body.data.id)).toBe(3);

    // An integration key that may create orders leaves them for the staff to confirm.
    const creator = apiAs(app, ['orders.create', 'orders.read'], 'INTEGRATION');
    const refused = await creator.post('/orders', body);
    expect([refused.status, refused.body.error.code, refused.body.error.details]).toEqual([403, 'FORBIDDEN', { permission: 'orders.confirm' }]);
    const draft = await creator.post('/orders', { ...body, confirm: false });
    expect([draft.status, draft.body.data.status, draft.body.data.kitchenTickets]).toEqual([201, 'DRAFT', undefined]);

    // Refused whole: the confirm's stock hold fails, and no DRAFT order is left behind.
    await app.ctx.commands.run('test.stock', (tx) =>
      createStockItem(tx, { productId: 'prod-brownie', name: 'Brownie', kind: 'PRODUCT', unit: 'MILLIUNIT', availabilityPolicy: 'BLOCK', initialQuantity: 0 }),
    );
    const ordersBefore = app.ctx.db.prepare('SELECT COUNT(*) FROM orders').pluck().get();
    const short = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-brownie', quantity: 1 }], confirm: true });
    expect([short.status, short.body.error.code]).toEqual([422, 'STOCK_UNAVAILABLE']);
    expect(app.ctx.db.prepare('SELECT COUNT(*) FROM orders').pluck().get()).toBe(ordersBefore);
  });

  it('needs a manager to cancel a confirmed order, then voids its kitchen tickets', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] })).body.data;
    await cashier.post(`/orders/${order.id}/confirm`);
    const refused = await cashier.post(`/orders/${order.id}/cancel`, { reason: 'cliente desistiu' });
    expect([refused.status, refused.body.error.code]).toEqual([403, 'MANAGER_OVERRIDE_REQUIRED']);
    const wrong = await cashier.post(`/orders/${order.id}/cancel`, { reason: 'cliente desistiu', managerOverride: { username: 'admin', password: 'wrong' } });
    expect([wrong.status, wrong.body.error.code]).toEqual([403, 'MANAGER_OVERRIDE_INVALID']);
    const before = app.ctx.journal.lastSeq();
    const ok = await cashier.post(`/orders/${order.id}/cancel`, { reason: 'cliente desistiu', managerOverride: { username: 'admin', password: 'Admin#2026' } });
    expect(ok.status).toBe(200);
    expect(ok.body.data).toMatchObject({ status: 'CANCELLED', cancelReason: 'cliente desistiu' });
    const types = app.ctx.journal.readAfter(before).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['auth.override_granted', 'order.cancelled', 'kitchen.ticket_voided']));
    const open = app.ctx.db.prepare("SELECT COUNT(*) FROM kitchen_tickets WHERE order_id = ? AND status IN ('OPEN', 'IN_PROGRESS')").pluck().get(order.id);
    expect(open).toBe(0);

    const draft = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] })).body.data;
    const draftCancel = await cashier.post(`/orders/${draft.id}/cancel`, { reason: 'engano' });
    expect(draftCancel.body.data.status).toBe('CANCELLED');
  });

  it('holds stock on confirm: a short BLOCK item refuses the confirm before the kitchen sees it', async () => {
    const can = await app.ctx.commands.run('test.stock', (tx) =>
      createStockItem(tx, { productId: 'prod-guarana', name: 'Guaraná lata', kind: 'PRODUCT', unit: 'MILLIUNIT', availabilityPolicy: 'BLOCK', initialQuantity: 1000 }),
    );
    const two = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-guarana', quantity: 2 }] })).body.data;
    const refused = await cashier.post(`/orders/${two.id}/confirm`);
    expect([refused.status, refused.body.error.code]).toEqual([422, 'STOCK_UNAVAILABLE']);
    expect((await cashier.get(`/orders/${two.id}`)).body.data.status).toBe('DRAFT');
    expect(app.ctx.db.prepare('SELECT COUNT(*) FROM kitchen_tickets WHERE order_id = ?').pluck().get(two.id)).toBe(0);

    const one = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-guarana', quantity: 1 }] })).body.data;
    expect((await cashier.post(`/orders/${one.id}/confirm`)).status).toBe(200);
    expect(findStockItem(app.ctx.db, can.id)).toMatchObject({ onHand: 1000, reserved: 1000, available: 0 });
    const manager = apiAs(app, ORDER_PERMS, 'MANAGER');
    await manager.post(`/orders/${one.id}/cancel`, { reason: 'troca' });
    expect(findStockItem(app.ctx.db, can.id)).toMatchObject({ onHand: 1000, reserved: 0, available: 1000 });
  });

  it('needs a manager for a manual discount; a manager in session is the approval', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-brownie', quantity: 2 }] })).body.data;
    const refused = await cashier.post(`/orders/${order.id}/discount`, { amountCents: 500, reason: 'cortesia' });
    expect(refused.body.error.code).toBe('MANAGER_OVERRIDE_REQUIRED');
    const manager = apiAs(app, ORDER_PERMS, 'MANAGER');
    const ok = await manager.post(`/orders/${order.id}/discount`, { amountCents: 500, reason: 'cortesia' });
    expect(ok.body.data).toMatchObject({ subtotalCents: 3780, discountCents: 500, totalCents: 3280 });
    const tooMuch = await manager.post(`/orders/${order.id}/discount`, { amountCents: 3781, reason: 'x' });
    expect(tooMuch.body.error.code).toBe('ORDER_DISCOUNT_TOO_LARGE');
  });
});

describe('happy hour by the store clock', () => {
  it('takes 30% off drinks on a Monday at 18:30 in São Paulo and leaves food alone', async () => {
    const app = await startDemoStore({ clock: { now: () => new Date('2026-11-23T21:30:00.000Z') } });
    try {
      const res = await apiAs(app, ORDER_PERMS).post('/orders', {
        channel: 'TABLE',
        tableId: 'table-1',
        items: [{ productId: 'prod-beer', quantity: 3 }, { productId: 'prod-fries', quantity: 1 }],
      });
      expect(res.body.data.items.map((i: any) => [i.name, i.grossCents, i.discountCents, i.appliedRules])).toEqual([
        ['Cerveja long neck', 3570, 1071, ['HAPPY_HOUR:happy-hour-drinks']],
        ['Batata frita', 1290, 0, []],
      ]);
    } finally {
      await app.close();
    }
  });
});

describe('orders without an open business day', () => {
  it('refuses to take an order', async () => {
    const app = await startDemoStore({ seed: false });
    try {
      const api = apiAs(app, ORDER_PERMS);
      const res = await api.post('/orders', { channel: 'COUNTER', items: [{ productId: 'x', quantity: 1 }] });
      expect([res.status, res.body.error.code]).toEqual([422, 'BUSINESS_DAY_NOT_OPEN']);
    } finally {
      await app.close();
    }
  });
});
