import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../appliance/src/kernel/testing/wait-until.js';
import { findFreePort } from '../../cloud-relay/src/db/embedded-postgres.js';
import { startTestPostgres, type TestPostgres } from '../../cloud-relay/src/testing/test-postgres.js';
import { ApiClient } from '../support/http-client.js';
import { spawnRelay, spawnReplicatingAppliance, type ChildHandle } from './relay-process.js';

const RELAY_ADMIN = 'Matriz#2026';
const STORE_ADMIN = 'Admin#2026x';
/** Every day, all day: a window whose end is not after its start runs to the same time next day. */
const HAPPY_HOUR = { id: 'hq-happy-hour-fries', kind: 'HAPPY_HOUR', weekdays: [0, 1, 2, 3, 4, 5, 6], from: '00:00', to: '00:00', percentOffBp: 2000, target: { productIds: ['prod-fries'] } };

/**
 * Acceptance: an HQ happy-hour rule pushed through the real relay (embedded Postgres) reaches two
 * real store processes, each journals and acknowledges it, and their next orders are priced by it.
 */
describe('HQ settings pushed to two stores', () => {
  let postgres: TestPostgres;
  let dir: string;
  let relay: (ChildHandle & { httpPort: number }) | null = null;
  const stores: (ChildHandle & { httpPort: number })[] = [];

  beforeAll(async () => {
    postgres = await startTestPostgres();
    dir = mkdtempSync(join(tmpdir(), 'chefia-hq-settings-e2e-'));
  });
  afterAll(async () => {
    for (const store of stores) await store.kill('SIGTERM');
    await relay?.kill('SIGTERM');
    await postgres?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('prices the next orders at both stores with the happy hour, and reports each store applied it', async () => {
    const port = await findFreePort();
    const relayUrl = `http://127.0.0.1:${port}`;
    relay = await spawnRelay({ RELAY_HTTP_PORT: String(port), DATABASE_URL: await postgres.freshDatabase('relay_hq'), RELAY_DATA_DIR: join(dir, 'relay'), RELAY_ADMIN_PASSWORD: RELAY_ADMIN });
    const hq = new ApiClient(relayUrl);
    hq.token = (await hq.post('/auth/login', { username: 'admin', password: RELAY_ADMIN })).body.data.token;

    const clients: ApiClient[] = [];
    const storeIds: string[] = [];
    for (const code of ['NORTE', 'SUL']) {
      const created = await hq.post('/stores', { code, name: `Loja ${code}` });
      storeIds.push(created.body.data.store.id);
      const store = await spawnReplicatingAppliance({
        CHEFIA_DATA_DIR: join(dir, code),
        CHEFIA_DEMO: '1',
        CHEFIA_ADMIN_PASSWORD: STORE_ADMIN,
        CHEFIA_STORE_ID: `loja-${code.toLowerCase()}`,
        CHEFIA_FISCAL_CONFIG: join(dir, 'no-fiscal-config.json'),
        CHEFIA_RELAY_URL: relayUrl,
        CHEFIA_ENROLLMENT_CODE: created.body.data.enrollmentCode,
      }, 90_000);
      stores.push(store);
      clients.push(await new ApiClient(`http://127.0.0.1:${store.httpPort}`).login('admin', STORE_ADMIN));
    }
    const orderFries = async (store: ApiClient) => {
      const order = await store.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
      expect(order.status).toBe(201);
      return order.body.data;
    };
    const before = await Promise.all(clients.map(orderFries));
    expect(before.map((o) => o.totalCents)).toEqual([1290, 1290]);

    const pushed = await hq.post('/configurations', { storeIds, key: 'pricing.rule', value: HAPPY_HOUR });
    expect(pushed.status).toBe(202);
    const outcomes = async () => (await hq.get('/configurations')).body.data as { storeId: string; outcome: string | null; deliveredAt: string | null }[];
    await waitUntil('both stores to apply the happy hour', outcomes, (pushes) => pushes.filter((p) => p.outcome === 'APPLIED').length === 2, { timeoutMs: 30_000, intervalMs: 200 });
    expect((await outcomes()).map((p) => [p.storeId, p.outcome, p.deliveredAt !== null]).sort()).toEqual(storeIds.map((id) => [id, 'APPLIED', true]).sort());

    const after = await Promise.all(clients.map(orderFries));
    for (const order of after) {
      expect(order.totalCents).toBe(1032);
      expect(order.items[0]).toMatchObject({ grossCents: 1290, discountCents: 258, appliedRules: ['HAPPY_HOUR:hq-happy-hour-fries'] });
    }

    // A value the relay lets through but the store cannot apply comes back as REJECTED, changing nothing.
    const bad = await hq.post('/configurations', { storeIds: [storeIds[0]], key: 'pricing.rule', value: { ...HAPPY_HOUR, percentOffBp: 20_000 } });
    expect(bad.status).toBe(202);
    await waitUntil('the store to reject the bad rule', outcomes, (pushes) => pushes.some((p) => p.outcome === 'REJECTED'), { timeoutMs: 30_000, intervalMs: 200 });
    expect((await orderFries(clients[0])).totalCents).toBe(1032);
    const unknownKey = await hq.post('/configurations', { storeIds, key: 'store.wifi_password', value: 'segredo' });
    expect(unknownKey.status).toBe(400);
  }, 300_000);
});
