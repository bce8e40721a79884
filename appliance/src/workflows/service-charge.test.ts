import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { loadPaidOrder } from './fiscal-paid-order.js';
import { preBillData } from './printing-prebill.js';
import { serviceChargeCents } from './service-charge.js';
import { apiAs, type Api, startServiceChargeStore } from './test-support.js';

interface Split {
  totalCents: number;
  serviceChargeCents: number;
  parts: { label: string; amountCents: number; serviceChargeCents: number }[];
}

const sum = (values: number[]) => values.reduce((s, v) => s + v, 0);

/** The virtual terminal, noting the amount each authorization asked for (what the customer's card paid). */
class NotingCardProvider extends VirtualCardProvider {
  readonly asked: number[] = [];
  override async authorize(request: Parameters<VirtualCardProvider['authorize']>[0]) {
    this.asked.push(request.amountCents);
    return super.authorize(request);
  }
}

describe('the 10 % service charge (taxa de serviço) is collected with the tab, kept apart from the goods', () => {
  const network = new VirtualCardNetwork();
  const terminal = new NotingCardProvider(network);
  let app: TestAppliance;
  let waiter: Api;
  let cashier: Api;
  let manager: Api;
  let sessionId: string;
  /** The goods paid by the tests so far: the day's tenders must be these, no more. */
  let goodsPaidCents = 0;

  beforeAll(async () => {
    ({ app, waiter } = await startServiceChargeStore(terminal));
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    const opened = await cashier.post('/cashier-sessions', { terminalId: 'POS-S', openingFloatCents: 10_000 });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    sessionId = opened.body.data.id;
  });
  afterAll(() => app.close());

  /** A tab of 3 beers, 2 onion rings and 1 fries over three seats. */
  const openTab = async (tableId: string) => {
    const tab = (await waiter.post(`/tables/${tableId}/tab`, { guests: 3 })).body.data as { id: string; primaryOrderId: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, {
      items: [
        { productId: 'prod-beer', quantity: 3, seat: 1 },
        { productId: 'prod-onion-rings', quantity: 2, seat: 2 },
        { productId: 'prod-fries', quantity: 1, seat: 3 },
      ],
    });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    return tab;
  };
  const split = async (tabId: string, body: object) => (await waiter.post(`/tabs/${tabId}/split`, body)).body.data as Split;
  const journal = (type: string, tabId: string) =>
    app.ctx.db.prepare('SELECT payload FROM journal WHERE type = ? AND aggregate_id = ? ORDER BY seq').pluck().all(type, tabId).map((p) => JSON.parse(p as string));

  it('a split in three equal parts: each card at the table charges its part plus its share, the shares add up to the pré-conta figure', async () => {
    const tab = await openTab('table-1');
    const view = (await waiter.get(`/tabs/${tab.id}`)).body.data;
    const expected = serviceChargeCents(view.totalCents, 1000);
    expect(view).toMatchObject({ serviceChargeBp: 1000, serviceChargeWaived: false, serviceChargeCents: expected, serviceChargePaidCents: 0 });
    expect(expected).toBeGreaterThan(0);

    const equal = await split(tab.id, { method: 'EQUAL', parts: 3 });
    expect(equal.serviceChargeCents).toBe(expected);
    expect(sum(equal.parts.map((p) => p.serviceChargeCents))).toBe(expected);
    expect(sum(equal.parts.map((p) => p.amountCents))).toBe(view.totalCents);

    const charged: number[] = [];
    for (const part of equal.parts) {
      const paid = await waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'CREDIT', amountCents: part.amountCents, payerLabel: part.label }, { 'idempotency-key': crypto.randomUUID() });
      expect(paid.status, JSON.stringify(paid.body)).toBe(201);
      // The payment is the goods; the share rides beside it and the card was charged both.
      expect(paid.body.data.payment.amountCents).toBe(part.amountCents);
      expect(paid.body.data.serviceChargeCents).toBe(part.serviceChargeCents);
      expect(paid.body.data.chargedCents).toBe(part.amountCents + part.serviceChargeCents);
      charged.push(paid.body.data.chargedCents);
      expect(terminal.asked.at(-1)).toBe(part.amountCents + part.serviceChargeCents);
    }
    expect(sum(charged)).toBe(view.totalCents + expected);
    goodsPaidCents += view.totalCents;
    const after = (await waiter.get(`/tabs/${tab.id}`)).body.data;
    expect([after.status, after.paidCents, after.serviceChargePaidCents]).toEqual(['CLOSED', view.totalCents, expected]);
    const collected = journal('tables.service_charge_collected', tab.id);
    expect(collected.map((e) => e.amountCents)).toEqual(equal.parts.map((p) => p.serviceChargeCents));
    expect(collected.every((e) => e.method === 'CREDIT' && e.serviceChargeBp === 1000)).toBe(true);

    // The NFC-e documents the goods only: its tenders cover the order's total, not the service charge.
    const fiscal = loadPaidOrder(app.ctx.db, tab.primaryOrderId)!;
    expect(sum(fiscal.payments.map((p) => p.amountCents))).toBe(view.totalCents);
  });

  it('the guests decline it: a journaled action at the table, and the card charges the goods only', async () => {
    const tab = await openTab('table-2');
    const waived = await waiter.post(`/tabs/${tab.id}/service-charge`, { waived: true }, { 'idempotency-key': crypto.randomUUID() });
    expect(waived.status, JSON.stringify(waived.body)).toBe(200);
    expect(waived.body.data).toMatchObject({ serviceChargeWaived: true, serviceChargeCents: 0 });
    expect(journal('tables.service_charge_waived', tab.id)).toEqual([{ tabId: tab.id, waived: true }]);
    const seats = await split(tab.id, { method: 'SEAT' });
    expect(seats.parts.every((p) => p.serviceChargeCents === 0)).toBe(true);
    // The pré-conta printed after that shows no service charge line and the goods as its total.
    const preBill = await app.ctx.commands.run('test.pre_bill', (tx) => preBillData(tx, tab.id, app.ctx), { actor: { type: 'system', id: 'test' } });
    expect([preBill.serviceFeeCents, preBill.totalCents]).toEqual([undefined, seats.totalCents]);

    const paid = await waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'DEBIT' }, { 'idempotency-key': crypto.randomUUID() });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect([paid.body.data.serviceChargeCents, paid.body.data.chargedCents]).toEqual([0, seats.totalCents]);
    expect(journal('tables.service_charge_collected', tab.id)).toEqual([]);
    goodsPaidCents += seats.totalCents;
    // A closed tab's charge cannot be changed any more.
    const late = await waiter.post(`/tabs/${tab.id}/service-charge`, { waived: false });
    expect([late.status, late.body.error.code]).toEqual([422, 'TAB_NOT_OPEN']);
  });

  it('at the till: cash takes goods and share (change on both) into the drawer; a card is authorized for both', async () => {
    const tab = await openTab('table-3');
    const seats = await split(tab.id, { method: 'SEAT' });
    const [first, second, third] = seats.parts;
    const tendered = first.amountCents + first.serviceChargeCents + 1_000;
    const cash = await cashier.post(`/orders/${tab.primaryOrderId}/payments`, { method: 'CASH', amountCents: first.amountCents, tenderedCents: tendered, payerLabel: first.label });
    expect(cash.status, JSON.stringify(cash.body)).toBe(201);
    expect(cash.body.data.payment).toMatchObject({ amountCents: first.amountCents, changeCents: 1_000 });
    expect(cash.body.data.serviceChargeCents).toBe(first.serviceChargeCents);

    const card = await cashier.post(`/orders/${tab.primaryOrderId}/payments`, { method: 'DEBIT', amountCents: second.amountCents }, { 'idempotency-key': crypto.randomUUID() });
    expect(card.status, JSON.stringify(card.body)).toBe(201);
    expect([card.body.data.serviceChargeCents, card.body.data.chargedCents]).toEqual([second.serviceChargeCents, second.amountCents + second.serviceChargeCents]);
    expect(terminal.asked.at(-1)).toBe(second.amountCents + second.serviceChargeCents);

    // The last guest declines it: the rest is the goods only.
    await cashier.post(`/tabs/${tab.id}/service-charge`, { waived: true });
    const last = await cashier.post(`/orders/${tab.primaryOrderId}/payments`, { method: 'CASH' });
    expect(last.status, JSON.stringify(last.body)).toBe(201);
    expect([last.body.data.payment.amountCents, last.body.data.serviceChargeCents]).toEqual([third.amountCents, 0]);
    goodsPaidCents += seats.totalCents;

    // The drawer expects the cash of the goods and of the share, less the change.
    const drawer = (await manager.get(`/cashier-sessions/${sessionId}`)).body.data;
    expect(drawer.expectedByMethod.CASH).toBe(10_000 + first.amountCents + first.serviceChargeCents + third.amountCents);
    expect(drawer.expectedByMethod.DEBIT).toBe(second.amountCents + second.serviceChargeCents);
  });

  it('the X/Z report shows the day\'s "Taxa de serviço" apart from the sales, by method', async () => {
    const x = await manager.get('/business-days/current/x-report');
    expect(x.status, JSON.stringify(x.body)).toBe(200);
    const { report, text } = x.body.data;
    const shares = app.ctx.db.prepare('SELECT method, amount_cents AS amountCents FROM tab_service_charges WHERE amount_cents > 0').all() as { method: string; amountCents: number }[];
    expect(report.serviceCharge.amountCents).toBe(sum(shares.map((s) => s.amountCents)));
    expect(report.serviceCharge.count).toBe(shares.length);
    expect(report.serviceCharge.byMethod.map((m: { method: string }) => m.method)).toEqual(['CASH', 'CREDIT', 'DEBIT']);
    // The tenders are the goods: the service charge is not in them.
    expect(report.payments.capturedCents).toBe(goodsPaidCents);
    expect(text).toContain('Taxa de serviço');
  });
});
