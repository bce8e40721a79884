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
 * docs/money.md: "An Idempotency-Key retry of a tender that already went through is answered from
 * the store without calling the card or the gateway": a partial card tender too, which would pass
 * the checks against the bill and have the terminal ask for the customer's card a second time.
 */
describe('an Idempotency-Key retry of a partial card tender', () => {
  const terminal = new NotingCardProvider(new VirtualCardNetwork());
  let app: TestAppliance;
  let cashier: Api;

  beforeAll(async () => {
    app = await startTillStore(createPaymentsModule({ pixGateways: [], card: terminal }));
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-IC', openingFloatCents: 0 })).status).toBe(201);
  });
  afterAll(() => app.close());

  it('is answered from the store without asking the terminal to charge the card again', async () => {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true });
    const id = created.body.data.id as string;
    const key = { 'idempotency-key': 'split-card-part-1' };

    const first = await cashier.post(`/orders/${id}/payments`, { method: 'CREDIT', amountCents: 500 }, key);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const askedBefore = terminal.asked.length;

    // The till lost the answer and retries the same request with the same key.
    const retry = await cashier.post(`/orders/${id}/payments`, { method: 'CREDIT', amountCents: 500 }, key);
    expect(retry.status).toBe(201);
    expect(retry.headers.get('idempotent-replayed')).toBe('true');
    expect(retry.body.data.payment.id).toBe(first.body.data.payment.id);
    // No second card authorization for a tender that already went through.
    expect(terminal.asked.length - askedBefore).toBe(0);
  });
});
