/**
 * A marketplace customer's name, phone and address are kept at the relay only as long as the store
 * keeps them (7 days, for the delivery and a complaint about it): after that no relay table holds
 * them — not the order queued to the store, not the order job, not the platform's body as it came —
 * while the order's ids and money stay for HQ's accounting. A recent order keeps its customer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../appliance/src/kernel/testing/wait-until.js';
import { startTestPostgres, type TestPostgres } from '../testing/test-postgres.js';
import { startTestRelay, type TestRelay } from '../testing/test-relay.js';
import { rowsHolding as rowsHoldingIn } from '../testing/rows-holding.js';
import { CUSTOMER_DATA_RETENTION_DAYS, forgetMarketplaceCustomers } from './customer-data-retention.js';
import { RappiSimulator } from './rappi/rappi-simulator.js';

let postgres: TestPostgres;
let relay: TestRelay;
const rappi = new RappiSimulator('rappi-retention-store', 'rappi-client', 'rappi-secret', 'rappi-webhook-secret');

beforeAll(async () => {
  postgres = await startTestPostgres();
  await rappi.start();
  relay = await startTestRelay(postgres, { marketplaces: { apiUrls: { RAPPI: rappi.baseUrl } } });
});

afterAll(async () => {
  await relay?.close();
  await rappi.close();
  await postgres?.stop();
});

async function query<T = any>(text: string, params: unknown[] = []): Promise<T[]> {
  return (await relay.database.pool.query(text, params)).rows as T[];
}

/** Rows of the relay's database that still hold `needle`. */
const rowsHolding = (needle: string) => rowsHoldingIn(relay.database.pool, needle);

describe('marketplace customers at the relay', () => {
  it(`are forgotten ${CUSTOMER_DATA_RETENTION_DAYS} days after the order in every relay table; the order's ids and money stay`, async () => {
    const store = await relay.enrolledStore('RETENCAO');
    const saved = await relay.api('PUT', '/api/v1/marketplace-connections', {
      token: await relay.adminToken(),
      body: { storeId: store.storeId, platform: 'RAPPI', merchantId: rappi.merchantId, mode: 'WEBHOOK', credentials: { clientId: rappi.clientId, clientSecret: rappi.clientSecret, webhookSecret: rappi.webhookSecret } },
    });
    expect(saved.status).toBe(200);
    const customers = {
      old: { first_name: 'Joaquina', last_name: 'Antiga', phone_number: '11911110000', street: 'Rua das Velhas Memórias' },
      recent: { first_name: 'Benedita', last_name: 'Recente', phone_number: '11922220000', street: 'Rua do Pedido Novo' },
    };
    const orderIds: Record<string, string> = {};
    for (const [when, customer] of Object.entries(customers)) {
      const { orderId, body } = rappi.placeOrder();
      body.customer = { first_name: customer.first_name, last_name: customer.last_name, phone_number: customer.phone_number };
      body.order_detail.delivery_information = { ...body.order_detail.delivery_information, street_name: customer.street, complete_address: `${customer.street}, 10` };
      expect((await rappi.deliverWebhook(`${relay.baseUrl}${saved.body.data.webhookPath}`, body)).status).toBe(202);
      orderIds[when] = orderId;
    }
    await waitUntil(
      'both orders to be queued for the store',
      () => query("SELECT count(*)::int AS n FROM relay.downstream_messages WHERE type = 'marketplace.order_received'"),
      (rows) => rows[0].n === 2,
    );
    for (const needle of [customers.old.last_name, customers.old.phone_number, customers.old.street]) expect(await rowsHolding(needle)).not.toEqual([]);

    // The old order came in 8 days ago.
    const eightDaysAgo = new Date(Date.now() - 8 * 86_400_000);
    await query("UPDATE relay.downstream_messages SET created_at = $2 WHERE payload->>'platformOrderId' = $1", [orderIds.old, eightDaysAgo]);
    await query("UPDATE relay.marketplace_jobs SET created_at = $2 WHERE payload->>'platformOrderId' = $1", [orderIds.old, eightDaysAgo]);
    await query('UPDATE relay.marketplace_events SET received_at = $2 WHERE platform_order_id = $1', [orderIds.old, eightDaysAgo]);

    const forgotten = await forgetMarketplaceCustomers(relay.database.db);
    expect(forgotten).toEqual({ orderMessages: 1, orderJobs: 1, platformBodies: 1 });

    for (const needle of [customers.old.first_name, customers.old.last_name, customers.old.phone_number, customers.old.street]) expect(await rowsHolding(needle), needle).toEqual([]);
    for (const needle of [customers.recent.last_name, customers.recent.phone_number, customers.recent.street]) expect(await rowsHolding(needle), needle).not.toEqual([]);

    const [old] = await query<{ payload: any }>("SELECT payload FROM relay.downstream_messages WHERE payload->>'platformOrderId' = $1", [orderIds.old]);
    expect(old.payload).toMatchObject({ platform: 'RAPPI', platformOrderId: orderIds.old, customerName: null, customerPhone: null, deliveryAddress: null, totalCents: 4679 });
    expect(old.payload.items).toHaveLength(2);
    const [event] = await query('SELECT kind, platform_order_id FROM relay.marketplace_events WHERE platform_order_id = $1', [orderIds.old]);
    expect(event).toEqual({ kind: 'ORDER_PLACED', platform_order_id: orderIds.old });

    // Running again touches nothing more.
    expect(await forgetMarketplaceCustomers(relay.database.db)).toEqual({ orderMessages: 0, orderJobs: 0, platformBodies: 0 });
  });
});
