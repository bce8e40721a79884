import { describe, expect, it } from 'vitest';
import { useTillWithOpenDrawer } from './till-test-support.js';

const MANAGER_PIN = { 'x-manager-override': 'gerente:1234' };

interface PaymentView {
  status: string;
  amountCents: number;
  refundedCents: number;
}

/**
 * A refund gives money back; an order whose payment was refunded before it was settled has not
 * been paid that money: it is owed again, so the order never settles (and its NFC-e and the Z
 * report never count a full sale) on less money than the bill.
 */
describe('a refund on an order that is not settled yet', () => {
  const till = useTillWithOpenDrawer({ terminalId: 'POS-RB', openingFloatCents: 10_000 });

  const fries = async () => {
    const created = await till.cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.data.totalCents).toBe(1290);
    return created.body.data.id as string;
  };
  /** What the order's captured payments still hold after their refunds. */
  const keptOf = async (orderId: string) => {
    const { payments } = (await till.cashier.get(`/orders/${orderId}/payments`)).body.data as { payments: PaymentView[] };
    return payments.filter((p) => p.status === 'CAPTURED').reduce((s, p) => s + p.amountCents - p.refundedCents, 0);
  };

  it('an order is never settled holding less than its bill: a refunded part is owed again', async () => {
    const id = await fries();
    const part = await till.cashier.post(`/orders/${id}/payments`, { method: 'CASH', amountCents: 500, tenderedCents: 500 });
    expect(part.status, JSON.stringify(part.body)).toBe(201);
    // The guest takes the R$ 5,00 back (e.g. to pay it another way)...
    expect((await till.cashier.post(`/payments/${part.body.data.payment.id}/refunds`, { amountCents: 500, reason: 'cliente vai pagar de outro jeito' })).status).toBe(201);

    // ...the cashier now takes "the rest" the POS says is due.
    const rest = await till.cashier.post(`/orders/${id}/payments`, { method: 'CASH', tenderedCents: 5_000 });
    expect(rest.status, JSON.stringify(rest.body)).toBe(201);
    const order = (await till.cashier.get(`/orders/${id}`)).body.data;
    expect(order.paidAt).not.toBeNull();
    // Paid in full means R$ 12,90 stayed with the store.
    expect(await keptOf(id)).toBe(order.totalCents);
  });

  it('a write-off after a refund writes off the whole unpaid part, so goods = money kept + write-off', async () => {
    const id = await fries();
    const part = await till.cashier.post(`/orders/${id}/payments`, { method: 'CASH', amountCents: 500, tenderedCents: 500 });
    expect(part.status, JSON.stringify(part.body)).toBe(201);
    const refund = await till.cashier.post(`/payments/${part.body.data.payment.id}/refunds`, { amountCents: 200, reason: 'batata fria' });
    expect(refund.status, JSON.stringify(refund.body)).toBe(201);

    const written = await till.manager.post(`/orders/${id}/write-off`, { kind: 'LOSS', reason: 'cliente saiu' }, MANAGER_PIN);
    expect(written.status, JSON.stringify(written.body)).toBe(200);
    const writeOffCents = written.body.data.writeOff.amountCents as number;
    // R$ 3,00 kept + R$ 9,90 written off = the R$ 12,90 bill.
    expect(await keptOf(id) + writeOffCents).toBe(1290);
  });
});
