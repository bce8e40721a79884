import { describe, expect, it } from 'vitest';
import { afterDeliveries, untilDeliveriesSent } from './after-deliveries.js';

/** What aedes does with a QoS 1 publish: a few promise hops, then the socket write in a setImmediate. */
function deliverLikeAedes(log: string[], name: string): void {
  void Promise.resolve()
    .then(() => undefined)
    .then(() => setImmediate(() => log.push(name)));
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('afterDeliveries', () => {
  it('runs follow-up work queued in a commit listener after the deliveries its microtasks queue', async () => {
    const log: string[] = [];
    afterDeliveries(() => log.push('follow-up'));
    void untilDeliveriesSent().then(() => log.push('awaited follow-up'));
    deliverLikeAedes(log, 'ticket to the kitchen');
    await settled();
    expect(log).toEqual(['ticket to the kitchen', 'follow-up', 'awaited follow-up']);
  });

  it('is what one setImmediate is not: that one runs ahead of the deliveries', async () => {
    const log: string[] = [];
    setImmediate(() => log.push('follow-up'));
    deliverLikeAedes(log, 'ticket to the kitchen');
    await settled();
    expect(log).toEqual(['follow-up', 'ticket to the kitchen']);
  });
});
