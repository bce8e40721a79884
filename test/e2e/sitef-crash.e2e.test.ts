import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SitefEmulator } from '../../appliance/src/devices/tef/sitef-emulator-harness.js';
import { waitUntil } from '../../appliance/src/kernel/testing/wait-until.js';
import { spawnAppliance, type ApplianceProcess } from '../support/appliance-process.js';
import { ApiClient } from '../support/http-client.js';

/**
 * Acceptance: the built appliance takes a card through SiTef (the CliSiTef emulator library) and is
 * killed with SIGKILL at the two dangerous moments. On restart the payment and the card network
 * agree: an approval no sale used is undone, a sale that committed has its approval confirmed.
 */
describe('SiTef payment interrupted by a crash', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-sitef-e2e-'));
  const root = mkdtempSync(join(tmpdir(), 'chefia-sitef-e2e-server-'));
  let emulator: SitefEmulator;
  let server: string;
  let appliance: ApplianceProcess | null = null;
  let store: ApiClient;

  const start = async () => {
    appliance = await spawnAppliance({ dataDir, readyTimeoutMs: 90_000, env: { CHEFIA_DEMO: '1', CHEFIA_FISCAL_CONFIG: join(dataDir, 'no-fiscal-config.json') } });
    store = await new ApiClient(appliance.baseUrl).login();
  };
  const orderToPay = async () => {
    const order = await store.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
    expect(order.status).toBe(201);
    expect((await store.post(`/orders/${order.body.data.id}/confirm`)).status).toBe(200);
    return order.body.data.id as string;
  };
  const paymentsOf = async (orderId: string) => (await store.get(`/orders/${orderId}/payments`)).body.data.payments as { id: string; status: string; method: string }[];

  beforeAll(async () => {
    emulator = await SitefEmulator.build();
    server = await emulator.server(root);
    await start();
    const configured = await store.post('/hardware', {
      id: 'tef-1', kind: 'tef', name: 'PIN pad do caixa', profileId: 'pax-d200',
      transport: { type: 'sitef', library: emulator.libraryPath, server, storeCode: '00000000', terminalId: 'SE000001' },
    });
    expect(configured.status).toBe(200);
  });
  afterAll(async () => {
    await appliance?.kill('SIGKILL');
    await emulator?.remove();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(root, { recursive: true, force: true });
  });

  it('undoes an approval when the appliance dies before the sale could use it', async () => {
    const orderId = await orderToPay();
    SitefEmulator.pause(server, 'authorize', 30_000);
    const paying = store.post(`/orders/${orderId}/payments`, { method: 'CREDIT' }).catch((error: unknown) => error);
    const [approved] = await waitUntil('the network approval', () => SitefEmulator.coupons(server), (coupons) => coupons.some((c) => c.state === 'PENDING'));
    await appliance!.kill('SIGKILL');
    await paying;
    SitefEmulator.pause(server, null);

    await start();
    expect(SitefEmulator.coupons(server)).toEqual([{ coupon: approved.coupon, state: 'UNDONE' }]);
    expect(await paymentsOf(orderId)).toEqual([]);
  }, 120_000);

  it('confirms the approval of a sale that committed before the appliance died', async () => {
    const orderId = await orderToPay();
    SitefEmulator.pause(server, 'finish', 30_000);
    const paying = store.post(`/orders/${orderId}/payments`, { method: 'DEBIT' }).catch((error: unknown) => error);
    const [payment] = await waitUntil('the committed card payment', () => paymentsOf(orderId), (payments) => payments.length === 1);
    expect(payment).toMatchObject({ method: 'DEBIT', status: 'CAPTURED' });
    expect(SitefEmulator.networkState(server, payment.id)).toBe('PENDING');
    await appliance!.kill('SIGKILL');
    await paying;
    SitefEmulator.pause(server, null);

    await start();
    expect(SitefEmulator.networkState(server, payment.id)).toBe('CONFIRMED');
    expect(await paymentsOf(orderId)).toEqual([expect.objectContaining({ id: payment.id, status: 'CAPTURED' })]);

    // The terminal keeps working after both recoveries.
    const next = await orderToPay();
    const paid = await store.post(`/orders/${next}/payments`, { method: 'CREDIT', installments: 3 });
    expect(paid.status).toBe(201);
    expect(SitefEmulator.networkState(server, paid.body.data.payment.id)).toBe('CONFIRMED');
  }, 120_000);
});
