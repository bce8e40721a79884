/**
 * Two waiters may charge two halves of one table on their phones at the same moment. Each card is
 * authorized for its half plus its service charge share as it stood before the other was booked;
 * the shares telescope, so booking one moves the other's share by a centavo of rounding. Both
 * halves go through, each booking the share its card paid; a card is refused only when the guests
 * really declined (or the store changed) the service charge meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { AuthorizationResult, AuthorizeRequest } from '../devices/tef/card-provider.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { type Api, startServiceChargeStore } from './test-support.js';

/** A terminal per phone: each authorization waits until both cards are in the readers. */
class BothCardsAtOnce extends VirtualCardProvider {
  private waiting: (() => void)[] = [];
  override async authorize(request: AuthorizeRequest): Promise<AuthorizationResult> {
    if (this.waiting.length === 0) {
      await new Promise<void>((resolve) => {
        this.waiting.push(resolve);
        setTimeout(resolve, 2000);
      });
    } else {
      this.waiting.splice(0).forEach((release) => release());
    }
    return super.authorize(request);
  }
}

describe('two waiters charging two parts of one table at the same time', () => {
  const network = new VirtualCardNetwork();
  let app: TestAppliance;
  let waiter: Api;

  beforeAll(async () => {
    ({ app, waiter } = await startServiceChargeStore(new BothCardsAtOnce(network)));
  });
  afterAll(() => app.close());

  it('two phones charging two halves of one table at the same moment both go through', async () => {
    const tab = (await waiter.post('/tables/table-2/tab', { guests: 2 })).body.data as { id: string };
    // R$ 67,50 of goods: 3 beers (R$ 35,70), 1 fries (R$ 12,90), 1 brownie (R$ 18,90).
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 3 }, { productId: 'prod-fries', quantity: 1 }, { productId: 'prod-brownie', quantity: 1 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const total = (await waiter.get(`/tabs/${tab.id}`)).body.data.totalCents as number;
    expect(total).toBe(6750);
    // Halves of R$ 33,75: 10 % is R$ 3,375 → R$ 3,38 each alone, R$ 6,75 on the whole bill.
    const pay = (payerLabel: string) =>
      waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'CREDIT', amountCents: 3375, payerLabel }, { 'idempotency-key': crypto.randomUUID() });
    const [first, second] = await Promise.all([pay('1/2'), pay('2/2')]);
    expect([first.status, second.status], JSON.stringify([first.body, second.body])).toEqual([201, 201]);
  });
});
