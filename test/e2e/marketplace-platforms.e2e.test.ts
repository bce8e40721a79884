import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../appliance/src/kernel/testing/wait-until.js';
import { findFreePort } from '../../cloud-relay/src/db/embedded-postgres.js';
import { OpenDeliverySimulator } from '../../cloud-relay/src/marketplaces/open-delivery/open-delivery-simulator.js';
import type { PlatformSimulator } from '../../cloud-relay/src/marketplaces/platform-simulator.js';
import { RappiSimulator } from '../../cloud-relay/src/marketplaces/rappi/rappi-simulator.js';
import { UberEatsSimulator } from '../../cloud-relay/src/marketplaces/uber-eats/uber-eats-simulator.js';
import { startTestPostgres, type TestPostgres } from '../../cloud-relay/src/testing/test-postgres.js';
import { ApiClient } from '../support/http-client.js';
import { spawnRelay, spawnReplicatingAppliance, type ChildHandle } from './relay-process.js';

const RELAY_ADMIN = 'Matriz#2026';
const STORE_ADMIN = 'Admin#2026x';

const openDelivery = new OpenDeliverySimulator('od-e2e', 'od-client', 'od-segredo');
const rappi = new RappiSimulator('rappi-e2e', 'rappi-client', 'rappi-segredo', 'rappi-segredo-webhook');
const uber = new UberEatsSimulator('uber-e2e', 'uber-client', 'uber-segredo');

/** One platform as the test drives it: how a customer orders and cancels there, and what the platform must be asked. */
interface Platform {
  platform: 'OPEN_DELIVERY' | 'RAPPI' | 'UBER_EATS';
  label: string;
  simulator: PlatformSimulator;
  mappings: [string, string][];
  credentials: Record<string, string>;
  apiUrl?: string;
  /** Places an order and delivers its signed webhook to the relay; answers the platform's order id. */
  order(webhookUrl: string): Promise<string>;
  /** The customer (or the platform) cancels: the signed cancellation webhook. */
  cancel(webhookUrl: string, platformOrderId: string): Promise<Response>;
  /** The calls a walked order makes, in order: the platform's own names for confirm, start, ready, dispatch. */
  lifecycle: string[];
  /** The call a store cancellation makes after the confirmation. */
  storeCancel: string;
}

const delivered = async (answer: Promise<Response>) => expect((await answer).status).toBe(202);

const PLATFORMS: Platform[] = [
  {
    platform: 'OPEN_DELIVERY',
    label: 'Open Delivery',
    simulator: openDelivery,
    mappings: [['OD-XBURGER', 'prod-classic-burger']],
    credentials: { clientId: openDelivery.clientId, clientSecret: openDelivery.clientSecret },
    get apiUrl() {
      return openDelivery.baseUrl;
    },
    async order(webhookUrl) {
      const { order, event } = openDelivery.placeOrder();
      await delivered(openDelivery.deliverWebhook(webhookUrl, event));
      return order.id;
    },
    cancel: (webhookUrl, id) => openDelivery.deliverWebhook(webhookUrl, openDelivery.cancelOrder(id)),
    lifecycle: ['confirm', 'preparing', 'readyForPickup', 'dispatch'],
    storeCancel: 'requestCancellation',
  },
  {
    platform: 'RAPPI',
    label: 'Rappi',
    simulator: rappi,
    mappings: [['RP-XBURGER', 'prod-classic-burger'], ['RP-FRIES', 'prod-fries']],
    credentials: { clientId: rappi.clientId, clientSecret: rappi.clientSecret, webhookSecret: rappi.webhookSecret },
    async order(webhookUrl) {
      const { orderId, body } = rappi.placeOrder();
      await delivered(rappi.deliverWebhook(webhookUrl, body));
      return orderId;
    },
    cancel: (webhookUrl, id) => rappi.deliverWebhook(webhookUrl, rappi.cancellation(id)),
    // Rappi's courier collects: no start-of-preparation or dispatch call exists.
    lifecycle: ['take', 'ready-for-pickup'],
    storeCancel: 'reject',
  },
  {
    platform: 'UBER_EATS',
    label: 'Uber Eats',
    simulator: uber,
    mappings: [['UE-XBURGER', 'prod-classic-burger']],
    credentials: { clientId: uber.clientId, clientSecret: uber.clientSecret },
    async order(webhookUrl) {
      const { order, event } = uber.placeOrder();
      await delivered(uber.deliverWebhook(webhookUrl, event));
      return order.id;
    },
    cancel: (webhookUrl, id) => uber.deliverWebhook(webhookUrl, uber.event(id, 'orders.cancel')),
    lifecycle: ['accept_pos_order', 'ready'],
    storeCancel: 'cancel',
  },
];

/**
 * Acceptance: the order lifecycle of Open Delivery, Rappi and Uber Eats through the built relay and
 * a built store appliance against each platform's simulator (one relay, one store, three
 * connections). An order placed on the platform reaches the KDS; the store's steps reach the
 * platform in order under the platform's names; a cancellation from either side voids the kitchen
 * tickets, and a store cancellation reaches the platform.
 */
describe('Open Delivery, Rappi and Uber Eats orders through the relay into the store kitchen', () => {
  let postgres: TestPostgres;
  let dir: string;
  let relay: (ChildHandle & { httpPort: number }) | null = null;
  let store: (ChildHandle & { httpPort: number }) | null = null;
  let pos: ApiClient;
  const webhookUrls = new Map<string, string>();

  const storeOrderOf = async (platformOrderId: string) =>
    ((await pos.get('/marketplace/orders?size=100')).body.data as { platformOrderId: string; orderId: string | null; status: string; displayId: string }[]).find((o) => o.platformOrderId === platformOrderId);
  const openTicketsOf = async (orderId: string) => {
    const stations = (await pos.get('/kds/stations')).body.data as { code: string }[];
    const tickets = await Promise.all(stations.map(async (s) => (await pos.get(`/kds/${s.code}/tickets`)).body.data as { ticketId: string; orderId: string; station: string; table: string | null }[]));
    return tickets.flat().filter((t) => t.orderId === orderId);
  };
  /** The platform order accepted at the store (auto-accept) with its tickets on the KDS. */
  const acceptedAtStore = async (platform: Platform, platformOrderId: string) => {
    const received = await waitUntil(`the ${platform.label} order at the store`, () => storeOrderOf(platformOrderId), (o) => o?.status === 'ACCEPTED', { timeoutMs: 60_000, intervalMs: 200 });
    const tickets = await waitUntil('its kitchen tickets', () => openTicketsOf(received!.orderId!), (t) => t.length > 0);
    return { orderId: received!.orderId!, displayId: received!.displayId, tickets };
  };
  const callsAt = (platform: Platform, platformOrderId: string, count: number) =>
    waitUntil(`${count} call(s) at ${platform.label}`, () => platform.simulator.actionsOf(platformOrderId), (a) => a.length >= count, { timeoutMs: 30_000, intervalMs: 200 });

  beforeAll(async () => {
    postgres = await startTestPostgres();
    dir = mkdtempSync(join(tmpdir(), 'chefia-marketplace-platforms-e2e-'));
    await Promise.all([openDelivery.start(), rappi.start(), uber.start()]);
    const port = await findFreePort();
    relay = await spawnRelay(
      {
        RELAY_HTTP_PORT: String(port),
        DATABASE_URL: await postgres.freshDatabase('relay_platforms'),
        RELAY_DATA_DIR: join(dir, 'relay'),
        RELAY_ADMIN_PASSWORD: RELAY_ADMIN,
        RELAY_RAPPI_API_URL: rappi.baseUrl,
        RELAY_UBER_EATS_API_URL: uber.baseUrl,
        RELAY_MARKETPLACE_LEASE_SECONDS: '5',
      },
      60_000,
    );
    const relayUrl = `http://127.0.0.1:${port}`;
    const hq = new ApiClient(relayUrl);
    hq.token = (await hq.post('/auth/login', { username: 'admin', password: RELAY_ADMIN })).body.data.token;
    const created = await hq.post('/stores', { code: 'APPS', name: 'Loja dos apps' });
    for (const platform of PLATFORMS) {
      const connected = await hq.call('PUT', '/marketplace-connections', {
        storeId: created.body.data.store.id,
        platform: platform.platform,
        merchantId: platform.simulator.merchantId,
        mode: 'WEBHOOK',
        credentials: platform.credentials,
        ...(platform.apiUrl ? { apiUrl: platform.apiUrl } : {}),
      });
      expect(connected.status).toBe(200);
      webhookUrls.set(platform.platform, `${relayUrl}${connected.body.data.webhookPath}`);
    }
    store = await spawnReplicatingAppliance(
      {
        CHEFIA_DATA_DIR: join(dir, 'store'),
        CHEFIA_DEMO: '1',
        CHEFIA_ADMIN_PASSWORD: STORE_ADMIN,
        CHEFIA_STORE_ID: 'loja-apps',
        CHEFIA_FISCAL_CONFIG: join(dir, 'no-fiscal-config.json'),
        CHEFIA_RELAY_URL: relayUrl,
        CHEFIA_ENROLLMENT_CODE: created.body.data.enrollmentCode,
      },
      120_000,
    );
    pos = await new ApiClient(`http://127.0.0.1:${store.httpPort}`).login('admin', STORE_ADMIN);
    for (const platform of PLATFORMS) {
      for (const [externalCode, productId] of platform.mappings) {
        expect((await pos.call('PUT', '/marketplace/mappings', { platform: platform.platform, externalCode, productId })).status).toBe(200);
      }
    }
    expect((await pos.call('PUT', '/marketplace/settings/auto-accept', { OPEN_DELIVERY: true, RAPPI: true, UBER_EATS: true })).status).toBe(200);
  }, 240_000);

  afterAll(async () => {
    await store?.kill('SIGTERM');
    await relay?.kill('SIGTERM');
    await Promise.all([openDelivery.close(), rappi.close(), uber.close()]);
    await postgres?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  describe.each(PLATFORMS)('$label', (platform) => {
    it('puts the order on the KDS and sends the lifecycle calls to the platform in order', async () => {
      const webhookUrl = webhookUrls.get(platform.platform)!;
      const platformOrderId = await platform.order(webhookUrl);
      const { orderId, displayId, tickets } = await acceptedAtStore(platform, platformOrderId);
      expect(tickets.every((t) => t.table === `${platform.label} #${displayId}`)).toBe(true);
      expect(await callsAt(platform, platformOrderId, 1)).toEqual(platform.lifecycle.slice(0, 1));

      for (const ticket of tickets) {
        expect((await pos.post(`/kds/${ticket.station}/commands`, { ticketId: ticket.ticketId, action: 'start' })).status).toBe(200);
      }
      for (const ticket of tickets) {
        expect((await pos.post(`/kds/${ticket.station}/commands`, { ticketId: ticket.ticketId, action: 'bump' })).status).toBe(200);
      }
      expect((await pos.post(`/orders/${orderId}/status`, { status: 'DELIVERING' })).status).toBe(200);
      expect(await callsAt(platform, platformOrderId, platform.lifecycle.length)).toEqual(platform.lifecycle);
    }, 120_000);

    it('a cancellation from either side voids the kitchen tickets; only the store\'s reaches the platform', async () => {
      const webhookUrl = webhookUrls.get(platform.platform)!;
      const byPlatform = await platform.order(webhookUrl);
      const byStore = await platform.order(webhookUrl);
      const platformCancelled = await acceptedAtStore(platform, byPlatform);
      const storeCancelled = await acceptedAtStore(platform, byStore);
      // Both confirmed at the platform first, so what follows is each cancellation alone.
      await callsAt(platform, byPlatform, 1);
      await callsAt(platform, byStore, 1);

      expect((await platform.cancel(webhookUrl, byPlatform)).status).toBe(202);
      await waitUntil('the store order to be cancelled', () => storeOrderOf(byPlatform), (o) => o?.status === 'CANCELLED', { timeoutMs: 60_000, intervalMs: 200 });
      expect((await pos.get(`/orders/${platformCancelled.orderId}`)).body.data.status).toBe('CANCELLED');
      expect(await openTicketsOf(platformCancelled.orderId)).toEqual([]);

      const cancelled = await pos.post(`/orders/${storeCancelled.orderId}/cancel`, { reason: 'Acabou o pão' });
      expect(cancelled.status).toBe(200);
      expect(cancelled.body.data.status).toBe('CANCELLED');
      expect(await openTicketsOf(storeCancelled.orderId)).toEqual([]);
      expect(await callsAt(platform, byStore, 2)).toEqual([platform.lifecycle[0], platform.storeCancel]);
      // The store's journal reaches the relay in order: its cancellation of the first order came
      // before the second's, and the platform that cancelled it was asked nothing more.
      expect(platform.simulator.actionsOf(byPlatform)).toEqual(platform.lifecycle.slice(0, 1));
    }, 120_000);
  });
});
