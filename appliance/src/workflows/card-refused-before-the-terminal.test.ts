import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/** The virtual terminal, noting every authorization it was asked for (each one is a card presented). */
class NotingCardProvider extends VirtualCardProvider {
  readonly asked: number[] = [];
  override async authorize(request: Parameters<VirtualCardProvider['authorize']>[0]) {
    this.asked.push(request.amountCents);
    return super.authorize(request);
  }
}

/**
 * A card tender the store would refuse anyway (a cancelled order, a drawer closed at the handover,
 * change asked on a card) is refused before the terminal asks for the card: the customer never
 * types the PIN for a sale that cannot be booked, and no approval is reversed on their card
 * (a reversed debit can stay blocked on the customer's account for days).
 */
describe('a card tender the store cannot book', () => {
  const terminal = new NotingCardProvider(new VirtualCardNetwork());
  let app: TestAppliance;
  let cashier: Api;
  let otherCashier: Api;

  beforeAll(async () => {
    app = await startTillStore(createPaymentsModule({ pixGateways: [], card: terminal }));
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-ana');
    otherCashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-bia');
  });
  afterAll(() => app.close());

  async function counterOrder(api: Api, confirm: boolean): Promise<string> {
    const created = await api.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    return created.body.data.id as string;
  }

  it('is refused without asking for the card when the order was cancelled', async () => {
    const id = await counterOrder(cashier, false);
    expect((await cashier.post(`/orders/${id}/cancel`, { reason: 'cliente desistiu' })).status).toBe(200);
    const before = terminal.asked.length;

    const paid = await cashier.post(`/orders/${id}/payments`, { method: 'DEBIT' });
    expect([paid.status, paid.body.error?.code]).toEqual([422, 'ORDER_CLOSED']);
    expect(terminal.asked.length - before).toBe(0);
  });

  it('is refused without asking for the card when the named drawer was closed at the handover', async () => {
    const drawer = (await cashier.post('/cashier-sessions', { terminalId: 'POS-H', openingFloatCents: 0 })).body.data.id as string;
    expect((await cashier.post(`/cashier-sessions/${drawer}/close`, { counted: { CASH: 0 } })).status).toBe(200);
    const id = await counterOrder(cashier, true);
    const before = terminal.asked.length;

    const paid = await cashier.post(`/orders/${id}/payments`, { method: 'CREDIT', cashierSessionId: drawer });
    expect([paid.status, paid.body.error?.code]).toEqual([422, 'CASHIER_SESSION_CLOSED']);
    expect(terminal.asked.length - before).toBe(0);
  });

  it("is refused without asking for the card when it names a colleague's drawer", async () => {
    const colleagues = (await otherCashier.post('/cashier-sessions', { terminalId: 'POS-B', openingFloatCents: 0 })).body.data.id as string;
    const id = await counterOrder(cashier, true);
    const before = terminal.asked.length;

    const paid = await cashier.post(`/orders/${id}/payments`, { method: 'CREDIT', cashierSessionId: colleagues });
    expect([paid.status, paid.body.error?.code]).toEqual([403, 'CASHIER_NOT_OWNER']);
    expect(terminal.asked.length - before).toBe(0);
  });

  it('is refused without asking for the card when change is asked on a card', async () => {
    const id = await counterOrder(cashier, true);
    const before = terminal.asked.length;

    const paid = await cashier.post(`/orders/${id}/payments`, { method: 'DEBIT', tenderedCents: 5_000 });
    expect([paid.status, paid.body.error?.code]).toEqual([422, 'PAYMENT_CHANGE_CASH_ONLY']);
    expect(terminal.asked.length - before).toBe(0);
  });
});
