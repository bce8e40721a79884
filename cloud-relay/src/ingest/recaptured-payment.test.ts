import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { useTestRelay } from '../testing/use-test-relay.js';
import type { SyntheticEvent } from '../testing/synthetic-store.js';

/**
 * A store restored from its own backup (docs/relay.md, "Restoring a backup and the relay") goes on
 * with a new run of its stream right after HQ's high water; the relay keeps what it already had of
 * the old journal. When the backup held a PIX charge still PENDING that the old journal had since
 * captured (HQ has that capture), the cashier takes the PIX to close the day: the gateway says it was
 * paid, so the store captures the same payment (`capturePending`, same paymentId) again in the new
 * run. The store's payments table, and so its Z report, holds that tender once, and so does HQ: the
 * projection skips a capture of a payment it already holds, in the batch or stored.
 */
const relay = useTestRelay();

function journal(startSeq = 1) {
  let seq = startSeq - 1;
  return (type: string, aggregateType: string, aggregateId: string, payload: Record<string, unknown>, occurredAt: string): SyntheticEvent => ({
    seq: ++seq, id: crypto.randomUUID(), type, aggregateType, aggregateId, payload, actor: { type: 'system', id: 'payments' }, correlationId: null, occurredAt,
  });
}

describe('a payment captured again after a restore', () => {
  it('counts the tender once in the sales rollups, as the payments table and the Z report do', async () => {
    const { storeId, credential } = await relay.enrolledStore('RC-1');
    const token = await relay.adminToken();
    const date = '2026-11-20';
    const orderId = crypto.randomUUID();
    const pix = crypto.randomUUID();
    const item = { itemId: crypto.randomUUID(), productId: 'prod-acai', name: 'Açaí 500ml', categoryId: 'cat-1', quantity: 2, unit: 'UNIT', unitPriceCents: 1990, discountCents: 0, totalCents: 3980, appliedRules: [] };
    const tender = { paymentId: pix, orderId, businessDate: date, method: 'PIX', amountCents: 3980 };
    const captured = { ...tender, tenderedCents: 3980, changeCents: 0, provider: 'ASAAS', providerRef: 'pay_123', payerLabel: null, cashierSessionId: 'cs-1', splitRules: [] };
    const completed = { orderId, number: 7, businessDate: date, status: 'COMPLETED', totalCents: 3980 };

    const old = journal();
    const oldJournal = [
      old('order.created', 'order', orderId, { orderId, number: 7, businessDate: date, channel: 'COUNTER', tableId: null, customerId: null, status: 'DRAFT', items: [item], subtotalCents: 3980, discountCents: 0, totalCents: 3980 }, `${date}T17:00:00.000Z`),
      old('payment.pending', 'payment', pix, { ...tender, provider: 'ASAAS', providerRef: 'pay_123' }, `${date}T17:01:00.000Z`),
      old('payment.captured', 'payment', pix, captured, `${date}T17:02:00.000Z`),
      old('order.completed', 'order', orderId, completed, `${date}T17:02:00.000Z`),
    ];
    expect((await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events: oldJournal, journalHead: 4 } })).status).toBe(200);

    // The restored store's new run, placed right after HQ's high water.
    const restored = journal(5);
    const newRun = [
      restored('payment.captured', 'payment', pix, captured, `${date}T19:30:00.000Z`),
      restored('order.completed', 'order', orderId, completed, `${date}T19:30:00.000Z`),
    ];
    const second = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events: newRun, journalHead: 6 } });
    expect(second.body.data).toMatchObject({ accepted: 2, highWater: 6 });

    const [payments] = await relay.query('SELECT count(*)::int AS n, sum(amount_cents)::int AS cents FROM pos_modern.payments WHERE store_id = $1', [storeId]);
    expect(payments).toEqual({ n: 1, cents: 3980 });
    const byStore = await relay.api('GET', `/api/v1/reports/sales?from=${date}&to=${date}&groupBy=store&storeId=${storeId}`, { token });
    expect(byStore.body.data.rows[0]).toMatchObject({ ordersCount: 1, paymentsCount: 1, grossCents: 3980, refundedCents: 0, netCents: 3980 });
    const byMethod = await relay.api('GET', `/api/v1/reports/sales?from=${date}&to=${date}&groupBy=paymentMethod&storeId=${storeId}`, { token });
    expect(byMethod.body.data.rows.map((row: { key: string; netCents: number }) => [row.key, row.netCents])).toEqual([['PIX', 3980]]);
  });
});
