import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPaymentsModule } from '../payments/index.js';
import { apiAs, type Api, startTillStore } from './test-support.js';

/** The terminal waiting for the customer to type the PIN until the test lets it answer. */
class PinpadWaitingProvider extends VirtualCardProvider {
  asked = 0;
  private release!: () => void;
  private readonly typed = new Promise<void>((resolve) => (this.release = resolve));
  customerTypesPin(): void {
    this.release();
  }
  override async authorize(request: Parameters<VirtualCardProvider['authorize']>[0]) {
    this.asked++;
    await this.typed;
    return super.authorize(request);
  }
}

/**
 * A card sale at the terminal while its drawer is being closed: the cashier starts a debit card
 * sale at the till and, while the customer types the PIN, the drawer's close is sent (blind count,
 * shift change). As for a PIX still waiting for its payer, the store expects the close to wait for
 * the card in progress, or the approval to be undone because its drawer is closed: a card the
 * customer was charged for is always in the count of the drawer it was started on, never outside
 * every drawer.
 */
describe('closing a drawer while a card sale is at the terminal', () => {
  const terminal = new PinpadWaitingProvider(new VirtualCardNetwork());
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;
  let drawerId: string;

  beforeAll(async () => {
    app = await startTillStore(createPaymentsModule({ pixGateways: [], card: terminal }));
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-card');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'manager-card');
    const opened = await cashier.post('/cashier-sessions', { terminalId: 'POS-CD', openingFloatCents: 5_000 });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    drawerId = opened.body.data.id;
  });
  afterAll(() => app.close());

  it('never books the approved card outside every drawer', async () => {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const card = cashier.post(`/orders/${order.id}/payments`, { method: 'DEBIT' });
    await waitUntil('the terminal asked for the card', () => terminal.asked, (n) => n === 1);

    await cashier.post(`/cashier-sessions/${drawerId}/close`, { counted: { CASH: 5_000 } });
    terminal.customerTypesPin();
    const answered = await card;

    const captured = (await cashier.get(`/orders/${order.id}/payments`)).body.data.payments.filter((p: { status: string }) => p.status === 'CAPTURED');
    // Either no card money was kept, or it is in the drawer the sale was started on (whose close then waited for it).
    for (const payment of captured) expect(payment.cashierSessionId, JSON.stringify(answered.body)).toBe(drawerId);
    if (captured.length > 0) {
      // While the drawer is open its count is blind to the cashier: the manager reads its movements.
      const session = (await manager.get(`/cashier-sessions/${drawerId}`)).body.data;
      expect(session.operations.some((op: { reference: string | null }) => op.reference === captured[0].id)).toBe(true);
    }
  });
});
