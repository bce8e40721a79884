import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

describe('payment at the table: a waiter charges a tab by card on the TEF terminal, and nothing else', () => {
  const network = new VirtualCardNetwork();
  let app: TestAppliance;
  let waiter: Api;
  let cashier: Api;

  beforeAll(async () => {
    const payments = createPaymentsModule({ pixGateways: [], card: new VirtualCardProvider(network) });
    app = await startTillStore(payments);
    // The roles' real permission sets, as a PIN login on the phone and the till grant them.
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
  });
  afterAll(() => app.close());

  const openTabWithSeats = async (tableId: string) => {
    const tab = (await waiter.post(`/tables/${tableId}/tab`, { guests: 2 })).body.data;
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 2, seat: 1 }, { productId: 'prod-fries', quantity: 1, seat: 2 }] });
    expect(round.status).toBe(200);
    const split = (await waiter.post(`/tabs/${tab.id}/split`, { method: 'SEAT' })).body.data as { totalCents: number; parts: { label: string; amountCents: number }[] };
    return { tab: tab as { id: string; primaryOrderId: string }, split };
  };

  it('declined and timed-out cards book nothing; an approved part is captured, and the last part frees the table', async () => {
    const { tab, split } = await openTabWithSeats('table-5');
    const [seat1, seat2] = split.parts;
    const pay = (body: object, key = crypto.randomUUID()) => waiter.post(`/tabs/${tab.id}/card-payments`, body, { 'idempotency-key': key });

    network.scenario = 'decline';
    const declined = await pay({ method: 'CREDIT', amountCents: seat1.amountCents, payerLabel: seat1.label });
    expect([declined.status, declined.body.error.code]).toEqual([422, 'PAYMENT_CARD_DECLINED']);
    network.scenario = 'timeout';
    const timedOut = await pay({ method: 'CREDIT', amountCents: seat1.amountCents });
    expect([timedOut.status, timedOut.body.error.code]).toEqual([422, 'PAYMENT_CARD_TIMEOUT']);
    expect(timedOut.body.error.message).toMatch(/[ãçé]/);
    expect((await waiter.get(`/tabs/${tab.id}`)).body.data.paidCents).toBe(0);

    network.scenario = 'approve';
    const key = crypto.randomUUID();
    const first = await pay({ method: 'CREDIT', amountCents: seat1.amountCents, payerLabel: seat1.label }, key);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.data.payment).toMatchObject({ method: 'CREDIT', provider: 'TEF', amountCents: seat1.amountCents, payerLabel: seat1.label, cashierSessionId: null });
    expect(first.body.data.tab.status).toBe('OPEN');
    // A retry of the same tap (the phone lost the answer) charges nothing twice.
    const again = await pay({ method: 'CREDIT', amountCents: seat1.amountCents, payerLabel: seat1.label }, key);
    expect(again.body.data.payment.id).toBe(first.body.data.payment.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    // The same part tapped again from a split still on another phone (a new request): refused, no card asked.
    const requested = network.states.size;
    const secondTap = await pay({ method: 'CREDIT', amountCents: seat1.amountCents, payerLabel: seat1.label });
    expect([secondTap.status, secondTap.body.error.code, secondTap.body.error.message]).toEqual([422, 'TAB_PART_ALREADY_PAID', 'A parte da mesa 5, lugar 1, já foi paga.']);
    expect(secondTap.body.error.details.payerLabel).toBe(seat1.label);
    expect(network.states.size).toBe(requested);

    // More than is due is refused before the terminal is asked.
    const tooMuch = await pay({ method: 'DEBIT', amountCents: seat2.amountCents + 1 });
    expect([tooMuch.status, tooMuch.body.error.code]).toEqual([422, 'PAYMENT_EXCEEDS_BALANCE']);

    const last = await pay({ method: 'DEBIT', payerLabel: seat2.label });
    expect(last.status, JSON.stringify(last.body)).toBe(201);
    expect(last.body.data.payment.amountCents).toBe(seat2.amountCents);
    expect(last.body.data.order.paidAt).not.toBeNull();
    expect(last.body.data.tab.status).toBe('CLOSED');
    expect((await waiter.get('/tables/table-5')).body.data).toMatchObject({ status: 'FREE', currentTabId: null });
    const payments = (await cashier.get(`/orders/${tab.primaryOrderId}/payments`)).body.data.payments as { amountCents: number }[];
    expect(payments.reduce((sum, p) => sum + p.amountCents, 0)).toBe(split.totalCents);

    const closedTab = await pay({ method: 'CREDIT', amountCents: 100 });
    expect([closedTab.status, closedTab.body.error.code]).toEqual([422, 'TAB_NOT_OPEN']);
  });

  it('joined tables are one bill: two cards of half each pay the merged tab and free both tables', async () => {
    const { tab, split: own } = await openTabWithSeats('table-7');
    const { tab: joining, split: theirs } = await openTabWithSeats('table-8');
    const merged = await waiter.post(`/tabs/${tab.id}/merge`, { tableId: 'table-8' });
    expect(merged.status, JSON.stringify(merged.body)).toBe(200);
    const total = own.totalCents + theirs.totalCents;
    expect(merged.body.data.totalCents).toBe(total);
    // The joining table's lines are on this tab's order now; its emptied order is cancelled.
    expect((await cashier.get(`/orders/${tab.primaryOrderId}`)).body.data.totalCents).toBe(total);
    expect((await cashier.get(`/orders/${joining.primaryOrderId}`)).body.data).toMatchObject({ status: 'CANCELLED', totalCents: 0 });

    const halves = (await waiter.post(`/tabs/${tab.id}/split`, { method: 'EQUAL', parts: 2 })).body.data.parts as { label: string; amountCents: number }[];
    const first = await waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'CREDIT', amountCents: halves[0].amountCents, payerLabel: halves[0].label });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const second = await waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'DEBIT', amountCents: halves[1].amountCents, payerLabel: halves[1].label });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect(second.body.data.tab.status).toBe('CLOSED');
    for (const table of ['table-7', 'table-8']) expect((await waiter.get(`/tables/${table}`)).body.data).toMatchObject({ status: 'FREE', currentTabId: null });
    const payments = (await cashier.get(`/orders/${tab.primaryOrderId}/payments`)).body.data.payments as { amountCents: number }[];
    expect(payments.map((p) => p.amountCents)).toEqual(halves.map((h) => h.amountCents));
  });

  it('a joining table that already paid part keeps its own order; the card pays this tab\'s order and then the rest', async () => {
    const { tab, split: own } = await openTabWithSeats('table-9');
    const { tab: joining, split: theirs } = await openTabWithSeats('table-10');
    const early = await waiter.post(`/tabs/${joining.id}/card-payments`, { method: 'CREDIT', amountCents: theirs.parts[0].amountCents, payerLabel: theirs.parts[0].label });
    expect(early.status, JSON.stringify(early.body)).toBe(201);
    const merged = await waiter.post(`/tabs/${tab.id}/merge`, { tableId: 'table-10' });
    expect(merged.body.data.orders.map((o: { id: string }) => o.id)).toEqual([tab.primaryOrderId, joining.primaryOrderId]);
    expect((await cashier.get(`/orders/${joining.primaryOrderId}`)).body.data.totalCents).toBe(theirs.totalCents);

    // A part larger than what this tab's own order still owes goes to the order that can take it.
    const ownPart = await waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'CREDIT', amountCents: own.totalCents - 100 });
    expect(ownPart.status, JSON.stringify(ownPart.body)).toBe(201);
    const theirRest = theirs.totalCents - theirs.parts[0].amountCents;
    expect(theirRest).toBeGreaterThan(100);
    const larger = await waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'DEBIT', amountCents: theirRest });
    expect(larger.status, JSON.stringify(larger.body)).toBe(201);
    expect(larger.body.data.order.id).toBe(joining.primaryOrderId);
    const tooLarge = await waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'DEBIT', amountCents: 101 });
    expect([tooLarge.status, tooLarge.body.error?.code]).toEqual([422, 'PAYMENT_EXCEEDS_BALANCE']);
    const last = await waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'DEBIT' });
    expect(last.status, JSON.stringify(last.body)).toBe(201);
    expect(last.body.data.payment.amountCents).toBe(100);
    expect(last.body.data.tab.status).toBe('CLOSED');
  });

  it('keeps on a tab the lines that its payments already cover: moving them away would leave more paid than owed', async () => {
    const { tab, split } = await openTabWithSeats('table-1');
    const paid = await waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'CREDIT', amountCents: split.parts[0].amountCents, payerLabel: split.parts[0].label });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    const items = (await cashier.get(`/orders/${tab.primaryOrderId}`)).body.data.items as { itemId: string; productId: string }[];
    const beers = items.filter((i) => i.productId === 'prod-beer').map((i) => i.itemId);
    const fries = items.filter((i) => i.productId === 'prod-fries').map((i) => i.itemId);

    const overPaid = await waiter.post(`/tabs/${tab.id}/transfer-items`, { itemIds: [...beers, ...fries], toTableId: 'table-2' });
    expect([overPaid.status, overPaid.body.error?.code]).toEqual([422, 'ORDER_TRANSFER_OVER_PAID']);
    expect(overPaid.body.error.message).toMatch(/pago/);
    expect((await cashier.get(`/orders/${tab.primaryOrderId}`)).body.data.totalCents).toBe(split.totalCents);
    expect((await waiter.get('/tables/table-2')).body.data.currentTabId).toBeNull();

    // What is still unpaid may go: the seat-1 beers stay, covered by the card.
    const unpaid = await waiter.post(`/tabs/${tab.id}/transfer-items`, { itemIds: fries, toTableId: 'table-2' });
    expect(unpaid.status, JSON.stringify(unpaid.body)).toBe(200);
    expect(unpaid.body.data.from.totalCents).toBe(split.parts[0].amountCents);
  });

  it('a WAITER may not pay an order through the till routes, nor by cash or PIX at the table', async () => {
    const { tab } = await openTabWithSeats('table-6');
    const atTill = await waiter.post(`/orders/${tab.primaryOrderId}/payments`, { method: 'CREDIT', amountCents: 100 });
    expect([atTill.status, atTill.body.error.code]).toEqual([403, 'FORBIDDEN']);
    expect((await waiter.get(`/orders/${tab.primaryOrderId}/payments`)).status).toBe(403);
    for (const method of ['CASH', 'PIX', 'OTHER', 'VOUCHER']) {
      const refused = await waiter.post(`/tabs/${tab.id}/card-payments`, { method, amountCents: 100 });
      expect(refused.status, method).toBe(400);
    }
    // A counter order is no tab: the table route cannot reach it.
    const counter = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-beer', quantity: 1 }] })).body.data;
    const notATab = await waiter.post(`/tabs/${counter.id}/card-payments`, { method: 'CREDIT' });
    expect([notATab.status, notATab.body.error.code]).toEqual([404, 'TAB_NOT_FOUND']);
    expect((await cashier.get(`/orders/${counter.id}/payments`)).body.data.payments).toEqual([]);
    // A KITCHEN user holds neither payment right.
    const kitchen = apiAs(app, [...ROLE_PERMISSIONS.KITCHEN], 'KITCHEN');
    expect((await kitchen.post(`/tabs/${tab.id}/card-payments`, { method: 'CREDIT' })).status).toBe(403);
  });
});
