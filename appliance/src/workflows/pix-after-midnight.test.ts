import { describe, expect, it } from 'vitest';
import { useBarPastMidnight } from './past-midnight-test-support.js';

/**
 * A bar's business day opened Monday evening (São Paulo) is still selling at 00:30 on Tuesday.
 * A customer paying by PIX then gets a charge due today, Tuesday, as the gateway's calendar is:
 * a charge due "Monday" is refused by the gateway (the till could take no PIX until the close),
 * and its QR code would have expired before the customer scanned it.
 */
describe('a PIX charge after midnight on a business day that runs past it', () => {
  const bar = useBarPastMidnight();

  it('is due today, and the customer pays it', async () => {
    expect((await bar.cashier.get('/business-days/current')).body.data.date).toBe('2026-11-23');
    bar.at('2026-11-24T03:30:00.000Z'); // 00:30 Tuesday
    const order = (await bar.cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    expect(order.businessDate).toBe('2026-11-23');

    const pix = await bar.cashier.post(`/orders/${order.id}/payments`, { method: 'PIX' });
    expect(pix.status, JSON.stringify(pix.body)).toBe(201);
    const charge = bar.asaas.payments.get(pix.body.data.payment.providerRef)!;
    expect(charge.dueDate).toBe('2026-11-24');
    // The QR code the customer scans is still valid now.
    expect(pix.body.data.payment.details.expiresAt >= '2026-11-24').toBe(true);

    await (await bar.asaas.pay(charge.id)).deliver();
    const paid = await bar.cashier.get(`/orders/${order.id}/payments`);
    expect(paid.body.data.balance.remainingCents).toBe(0);
    expect(paid.body.data.payments[0].status).toBe('CAPTURED');
  });
});
