/**
 * Dropping a dish the guest ordered is a manager's call: the till cancels the line with a manager,
 * which takes it off the bill and voids it in the kitchen. A cook (or an unattended kitchen screen)
 * sending a void for a ticket or one of its dishes would leave the dish on the bill while nobody
 * cooks it, and the order waiting forever at the pass. The kitchen refuses it in pt-BR and cooks on;
 * a manager signed in may still void from the screen.
 */
import mqtt from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { apiAs, startDemoStore, type Api } from './test-support.js';

describe('voiding in the kitchen takes a manager', () => {
  let app: TestAppliance;
  let cashier: Api;
  let kitchen: Api;
  let manager: Api;

  const placeOrder = async (items: unknown[]) => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items })).body.data;
    const confirmed = await cashier.post(`/orders/${order.id}/confirm`);
    expect(confirmed.status).toBe(200);
    return { id: order.id as string, tickets: confirmed.body.data.kitchenTickets as { ticketId: string; station: string; kind: string }[] };
  };
  const ticketStatus = (ticketId: string) => app.ctx.db.prepare('SELECT status FROM kitchen_tickets WHERE id = ?').pluck().get(ticketId);
  const voidEvents = (orderId: string) => app.ctx.journal.readAfter(0).filter((e) => e.type === 'kitchen.ticket_voided' && 'orderId' in e.payload && e.payload.orderId === orderId);

  beforeAll(async () => {
    app = await startDemoStore();
    cashier = apiAs(app, ['orders.create', 'orders.read', 'orders.confirm'], 'CASHIER');
    kitchen = apiAs(app, ['kds.operate', 'orders.read'], 'KITCHEN');
    manager = apiAs(app, ['kds.operate', 'orders.read'], 'MANAGER');
  });
  afterAll(() => app.close());

  it('refuses a cook voiding a ticket, the whole order from expo, or one dish', async () => {
    const order = await placeOrder([
      { productId: 'prod-classic-burger', quantity: 1, options: ['medium'] },
      { productId: 'prod-fries', quantity: 1 },
    ]);
    const grill = order.tickets.find((t) => t.station === 'GRILL')!;
    const expo = order.tickets.find((t) => t.kind === 'EXPO')!;
    const burger = (await kitchen.get('/kds/GRILL/tickets')).body.data.find((t: { ticketId: string }) => t.ticketId === grill.ticketId).items[0];

    for (const [station, command] of [
      ['GRILL', { ticketId: grill.ticketId, action: 'void' }],
      ['EXPO', { ticketId: expo.ticketId, action: 'void' }],
      ['GRILL', { ticketId: grill.ticketId, itemId: burger.itemId, action: 'void' }],
    ] as const) {
      const refused = await kitchen.post(`/kds/${station}/commands`, command);
      expect([refused.status, refused.body.error?.code]).toEqual([403, 'KITCHEN_VOID_MANAGER_ONLY']);
      expect(refused.body.error.message).toBe('Só um gerente cancela itens na cozinha: cancele o item no pedido, no caixa.');
    }
    expect([ticketStatus(grill.ticketId), ticketStatus(expo.ticketId)]).toEqual(['OPEN', 'OPEN']);
    expect(voidEvents(order.id)).toEqual([]);
    // The cook goes on: the same ticket still bumps.
    expect((await kitchen.post('/kds/GRILL/commands', { ticketId: grill.ticketId, action: 'bump' })).status).toBe(200);
  });

  it('refuses it from a kitchen screen over MQTT, answering on its errors topic', async () => {
    const order = await placeOrder([{ productId: 'prod-fries', quantity: 1 }]);
    const fryer = order.tickets.find((t) => t.station === 'FRYER')!;
    const kds = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: 'device:KDS:FRYER:EXPO', password: 'test', reconnectPeriod: 0 });
    try {
      const errors: { code: string; message: string }[] = [];
      kds.on('message', (topic, payload) => topic.endsWith('/errors') && errors.push(JSON.parse(payload.toString())));
      await kds.subscribeAsync(`store/${app.ctx.config.storeId}/kds/FRYER/errors`);
      kds.publish(`store/${app.ctx.config.storeId}/kds/FRYER/commands`, JSON.stringify({ ticketId: fryer.ticketId, action: 'void' }), { qos: 1 });
      await waitUntil('the refusal', () => errors[0], Boolean, { timeoutMs: 3_000, intervalMs: 10 });
      expect(errors[0]).toMatchObject({ code: 'KITCHEN_VOID_MANAGER_ONLY' });
      expect(ticketStatus(fryer.ticketId)).toBe('OPEN');
    } finally {
      await kds.endAsync();
    }
  });

  it('lets a manager signed in on the screen void a ticket', async () => {
    const order = await placeOrder([{ productId: 'prod-fries', quantity: 1 }]);
    const fryer = order.tickets.find((t) => t.station === 'FRYER')!;
    const voided = await manager.post('/kds/FRYER/commands', { ticketId: fryer.ticketId, action: 'void' });
    expect(voided.status).toBe(200);
    expect(ticketStatus(fryer.ticketId)).toBe('VOIDED');
  });
});
