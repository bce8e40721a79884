import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../db/database.js';
import { migrate, relayMigrations } from '../db/migrate.js';
import { useTestRelay } from '../testing/use-test-relay.js';
import type { SyntheticEvent } from '../testing/synthetic-store.js';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { ingestBatch } from './ingest-service.js';

/**
 * docs/relay.md ("Projections"): an order counts once, at its first payment, as the store's Z report
 * counts it in sales.ordersCount (test/e2e/relay-appliance). docs/money.md ("Refunds"): a refund
 * before the order is settled gives back money the bill still needs, which is then owed again and
 * paid with another tender; that tender is not a first payment. The relay keeps what was ever
 * captured on each order (`captured_cents`, migration 016, filled from the stored payments for the
 * orders HQ already had).
 */
const relay = useTestRelay();

function journal() {
  let seq = 0;
  return (type: string, aggregateType: string, aggregateId: string, payload: Record<string, unknown>, occurredAt: string): SyntheticEvent => ({
    seq: ++seq, id: crypto.randomUUID(), type, aggregateType, aggregateId, payload, actor: { type: 'user', id: 'op-1' }, correlationId: null, occurredAt,
  });
}

describe('orders counted by the relay', () => {
  it('counts an order once when its only tender is refunded before settlement and the bill is paid again', async () => {
    const { storeId, credential } = await relay.enrolledStore('OC-1');
    const token = await relay.adminToken();
    const event = journal();
    const date = '2026-11-20';
    const orderId = crypto.randomUUID();
    const card = crypto.randomUUID();
    const cash = crypto.randomUUID();
    const item = { itemId: crypto.randomUUID(), productId: 'prod-pf', name: 'Prato feito', categoryId: 'cat-1', quantity: 1, unit: 'UNIT', unitPriceCents: 5000, discountCents: 0, totalCents: 5000, appliedRules: [] };
    const events = [
      event('order.created', 'order', orderId, { orderId, number: 1, businessDate: date, channel: 'COUNTER', tableId: null, customerId: null, status: 'DRAFT', items: [item], subtotalCents: 5000, discountCents: 0, totalCents: 5000 }, `${date}T18:00:00.000Z`),
      // The card tender goes through on the wrong card: refunded before the order settles, so the bill is owed again.
      event('payment.captured', 'payment', card, { paymentId: card, orderId, businessDate: date, method: 'CREDIT', amountCents: 5000, tenderedCents: 5000, changeCents: 0, provider: 'CARD_MACHINE', providerRef: '123', payerLabel: null, cashierSessionId: 'cs-1', splitRules: [] }, `${date}T18:10:00.000Z`),
      event('payment.refunded', 'payment', card, { paymentId: card, refundId: crypto.randomUUID(), orderId, businessDate: date, saleBusinessDate: date, method: 'CREDIT', amountCents: 5000, reason: 'cartão errado', authorizedBy: null }, `${date}T18:11:00.000Z`),
      event('payment.captured', 'payment', cash, { paymentId: cash, orderId, businessDate: date, method: 'CASH', amountCents: 5000, tenderedCents: 10000, changeCents: 5000, provider: 'CASH', providerRef: null, payerLabel: null, cashierSessionId: 'cs-1', splitRules: [] }, `${date}T18:12:00.000Z`),
      event('order.completed', 'order', orderId, { orderId, number: 1, businessDate: date, status: 'COMPLETED', totalCents: 5000 }, `${date}T18:12:00.000Z`),
    ];
    const posted = await relay.api('POST', `/api/v1/stores/${storeId}/events`, { token: credential, body: { events, journalHead: events.length } });
    expect(posted.body.data).toMatchObject({ accepted: events.length, unprojected: 0 });

    // The store's Z report of the day: sales.ordersCount 1; payments captured 100,00, refunded 50,00, net 50,00.
    const byStore = await relay.api('GET', `/api/v1/reports/sales?from=${date}&to=${date}&groupBy=store&storeId=${storeId}`, { token });
    expect(byStore.body.data.rows[0]).toMatchObject({ grossCents: 10000, refundedCents: 5000, netCents: 5000 });
    expect(byStore.body.data.rows[0].ordersCount).toBe(1);
    expect(byStore.body.data.totals.ordersCount).toBe(1);
  });
});

describe('orders HQ held before migration 016', () => {
  let postgres: TestPostgres;
  beforeAll(async () => {
    postgres = await startTestPostgres();
  });
  afterAll(async () => {
    await postgres?.stop();
  });

  it('take what their stored payments captured, so a tender paid after a refund does not count them again', async () => {
    const database = createDatabase(await postgres.freshDatabase('relay_captured'), 4);
    try {
      // An install at migration 015 holding an order whose card tender was refunded before it settled.
      const at015 = relayMigrations.slice(0, relayMigrations.findIndex((migration) => migration.id === 'relay/016_order_captured_cents'));
      await database.pool.query('CREATE TABLE public.relay_schema_migrations (id text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      for (const migration of at015) {
        await database.pool.query(migration.sql);
        await database.pool.query('INSERT INTO public.relay_schema_migrations (id) VALUES ($1)', [migration.id]);
      }
      const store = { id: crypto.randomUUID(), clientId: '00000000-0000-0000-0000-000000000001', timeZone: 'America/Sao_Paulo' };
      const date = '2026-11-20';
      const orderId = crypto.randomUUID();
      await database.pool.query('INSERT INTO relay.stores (id, client_id, code, name, high_water) VALUES ($1, $2, $3, $3, 3)', [store.id, store.clientId, 'OC-016']);
      await database.pool.query(
        `INSERT INTO pos_modern.orders (client_id, store_id, id, number, business_date, status, subtotal_cents, total_cents, paid_cents, created_at, updated_at)
         VALUES ($1, $2, $3, 1, $4, 'CONFIRMED', 5000, 5000, 0, $5, $5)`,
        [store.clientId, store.id, orderId, date, `${date}T18:00:00Z`],
      );
      await database.pool.query(
        `INSERT INTO pos_modern.payments (client_id, store_id, id, order_id, business_date, method, amount_cents, refunded_cents, captured_at)
         VALUES ($1, $2, $3, $4, $5, 'CREDIT', 5000, 5000, $6)`,
        [store.clientId, store.id, crypto.randomUUID(), orderId, date, `${date}T18:10:00Z`],
      );

      expect(await migrate(database.pool)).toEqual(['relay/016_order_captured_cents', 'relay/017_business_day_text', 'relay/018_hq_login_failures', 'relay/019_events_store_time', 'relay/020_enrollment_until_first_use', 'relay/021_marketplace_connection_per_app', 'relay/022_marketplace_customer_retention', 'relay/023_chat_customer_retention', 'relay/024_product_sales_net']);
      const [order] = (await database.pool.query('SELECT captured_cents::int AS captured, paid_cents::int AS paid FROM pos_modern.orders WHERE id = $1', [orderId])).rows;
      expect(order).toEqual({ captured: 5000, paid: 0 });

      const cash = crypto.randomUUID();
      const paidAgain: SyntheticEvent = {
        seq: 4, id: crypto.randomUUID(), type: 'payment.captured', aggregateType: 'payment', aggregateId: cash, actor: { type: 'user', id: 'op-1' }, correlationId: null,
        occurredAt: `${date}T18:12:00.000Z`,
        payload: { paymentId: cash, orderId, businessDate: date, method: 'CASH', amountCents: 5000, tenderedCents: 5000, changeCents: 0, provider: 'CASH', providerRef: null, payerLabel: null, cashierSessionId: 'cs-1', splitRules: [] },
      };
      expect(await ingestBatch(database.db, store, { events: [paidAgain] } as never)).toMatchObject({ accepted: 1, unprojected: 0 });
      const [day] = (await database.pool.query('SELECT orders_count, payments_count, amount_cents::int AS amount FROM pos_modern.sales_by_day WHERE store_id = $1', [store.id])).rows;
      expect(day).toEqual({ orders_count: 0, payments_count: 1, amount: 5000 });
    } finally {
      await database.close();
    }
  });
});
