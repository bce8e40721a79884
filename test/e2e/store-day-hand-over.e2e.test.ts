import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

const COUNTER_ORDERS = 12;
const FLOAT_CENTS = 10_000;

interface Ticket {
  ticketId: string;
  station: string;
}

/**
 * A store day where nobody reports a hand-over by hand: counter and kiosk orders complete on
 * their own once both paid and bumped by the kitchen (whichever comes last), and the day close
 * settles what is left (a delivery paid but not back yet, a customer who walked out, a draft)
 * in the same call. No `POST /orders/{id}/status` is made by anyone in this test.
 */
describe('store day with hand-over by policy', () => {
  let appliance: ApplianceProcess;
  let manager: ApiClient;
  let cashier: ApiClient;
  let kitchen: ApiClient;
  let drawerId: string;
  const counted: Record<string, number> = { CASH: FLOAT_CENTS, DEBIT: 0, CREDIT: 0 };

  beforeAll(async () => {
    appliance = await spawnAppliance({ env: { CHEFIA_DEMO: '1' }, readyTimeoutMs: 120_000 });
    manager = await new ApiClient(appliance.baseUrl).login('gerente', 'Gerente#2026');
    cashier = await new ApiClient(appliance.baseUrl).login('caixa', 'Caixa#2026');
    kitchen = await new ApiClient(appliance.baseUrl).login('cozinha', 'Cozinha#2026');
    const opened = await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: FLOAT_CENTS });
    expect(opened.status).toBe(201);
    drawerId = opened.body.data.id;
  }, 180_000);

  afterAll(async () => {
    await appliance?.stop();
  });

  async function placeAndConfirm(channel: string, quantity: number): Promise<{ id: string; totalCents: number; tickets: Ticket[] }> {
    const items = [{ productId: 'prod-fries', quantity }, ...(quantity % 2 === 0 ? [{ productId: 'prod-veggie-burger', quantity: 1 }] : [])];
    const created = await cashier.post('/orders', { channel, items });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const confirmed = await cashier.post(`/orders/${created.body.data.id}/confirm`);
    expect(confirmed.status).toBe(200);
    return { id: created.body.data.id, totalCents: created.body.data.totalCents, tickets: confirmed.body.data.kitchenTickets };
  }

  async function bumpAll(tickets: Ticket[]): Promise<void> {
    for (const t of tickets) expect((await kitchen.post(`/kds/${t.station}/commands`, { ticketId: t.ticketId, action: 'bump' })).status).toBe(200);
  }

  async function pay(orderId: string, i: number): Promise<string> {
    const tender = i % 3 === 0 ? { method: 'CASH', tenderedCents: 20_000 } : { method: i % 3 === 1 ? 'DEBIT' : 'CREDIT' };
    const paid = await cashier.post(`/orders/${orderId}/payments`, tender);
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const { method, amountCents } = paid.body.data.payment;
    counted[method] += amountCents;
    return paid.body.data.order.status;
  }

  const statusOf = async (orderId: string) => (await cashier.get(`/orders/${orderId}`)).body.data.status as string;

  it('completes counter orders by themselves and closes the day settling the rest in one call', async () => {
    for (let i = 0; i < COUNTER_ORDERS; i++) {
      const order = await placeAndConfirm(i % 2 === 0 ? 'COUNTER' : 'KIOSK', 1 + (i % 3));
      if (i % 2 === 0) {
        // Paid at the till while the kitchen cooks: handed over at the last bump.
        expect(await pay(order.id, i)).toBe('CONFIRMED');
        expect(await statusOf(order.id)).toBe('CONFIRMED');
        await bumpAll(order.tickets);
      } else {
        // Cooked first, paid at pickup: handed over by the payment.
        await bumpAll(order.tickets);
        expect(await statusOf(order.id)).toBe('READY');
        await pay(order.id, i);
      }
      expect(await statusOf(order.id)).toBe('COMPLETED');
    }

    // Delivery orders are handed over explicitly (courier back) by default.
    expect((await manager.get('/order-settings/hand-over')).body.data).toMatchObject({ COUNTER: 'ON_PAYMENT', KIOSK: 'ON_PAYMENT', DELIVERY: 'EXPLICIT' });
    const delivery = await placeAndConfirm('DELIVERY', 2);
    await pay(delivery.id, 1);
    await bumpAll(delivery.tickets);
    expect(await statusOf(delivery.id)).toBe('READY');
    const walkedOut = await placeAndConfirm('COUNTER', 1);
    const draft = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(draft.status).toBe(201);

    const drawer = await cashier.post(`/cashier-sessions/${drawerId}/close`, { counted });
    expect(drawer.body.data.report).toMatchObject({ status: 'BALANCED', differenceCents: 0 });

    const blocked = await manager.post('/business-days/current/close');
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.code).toBe('BUSINESS_DAY_CLOSE_BLOCKED');
    const left = blocked.body.error.details.openOrders.map((o: { orderId: string; code: string; resolution: string }) => [o.orderId, o.code, o.resolution]);
    expect(left).toEqual([
      [delivery.id, 'ORDER_NOT_HANDED_OVER', 'completeHandedOver'],
      [walkedOut.id, 'ORDER_UNPAID', 'writeOffUnpaid'],
      [draft.body.data.id, 'ORDER_DRAFT', 'cancelDrafts'],
    ]);

    const resolve = { completeHandedOver: true, cancelDrafts: true, writeOffUnpaid: { kind: 'LOSS', reason: 'cliente foi embora' } };
    const closed = await manager.post('/business-days/current/close', { resolve });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    const { report, text } = closed.body.data;
    expect(report.sales.ordersCount).toBe(COUNTER_ORDERS + 1);
    expect(report.sales.netCents).toBe(report.payments.capturedCents);
    expect(report.writeOffs).toMatchObject({ count: 1, amountCents: walkedOut.totalCents, orders: [expect.objectContaining({ kind: 'LOSS', reason: 'cliente foi embora' })] });
    expect(report.cancellations.count).toBe(1);
    expect(text).toContain('Perdas (1)');
    expect(text.split('\n').every((l: string) => l.length <= 48)).toBe(true);
    for (const id of [delivery.id, walkedOut.id]) expect(await statusOf(id)).toBe('COMPLETED');
    expect(await statusOf(draft.body.data.id)).toBe('CANCELLED');
  }, 240_000);
});
