import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { cashierModule } from '../cashier/index.js';
import { DESTINATION_RETENTION_DAYS, deliveryModule, findDelivery } from '../delivery/index.js';
import type { Clock } from '../kernel/clock.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { workflowsModule } from './index.js';
import { apiAs, orderModules, PINHEIROS_DESTINATION } from './test-support.js';

const DAY_MS = 86_400_000;
const MONDAY_NOON = Date.parse('2026-11-23T15:00:00.000Z');

/**
 * A phone order for someone who is no customer of record: the store keeps who receives it, their
 * phone and the street to get it there. Once delivered, a complaint comes within days; after that
 * the store has no reason to keep them (LGPD: necessity), and with no customer record no request
 * could ever reach them. A week after the delivery ended they are forgotten, at start and hourly,
 * keeping the zone, district and city the reports and the courier's settlement use. A delivery
 * still waiting to go out keeps its address.
 */
describe('a delivery\'s recipient and street after the delivery', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-delivery-retention-'));
  let now = new Date(MONDAY_NOON);
  const clock: Clock = { now: () => new Date(now) };
  let app: TestAppliance;
  const start = async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), cashierModule, createPaymentsModule({ pixGateways: [] }), deliveryModule, workflowsModule];
    app = await startTestAppliance(modules, { clock, dataDir, env: { CHEFIA_DEMO: '1' } });
    return apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'user-manager');
  };
  afterAll(async () => {
    await app?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('keeps them for the retention period after the delivery and forgets them after, keeping zone, district and amounts', async () => {
    const manager = await start();
    expect((await manager.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    const deliveryOf = async (recipientName: string) => {
      const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
      const created = await manager.post(`/delivery/orders/${order.id}`, { destination: { ...PINHEIROS_DESTINATION, recipientName }, payment: { prepaid: false, method: 'CASH', changeForCents: null } });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
      return created.body.data as { id: string; amountDueCents: number };
    };
    const delivered = await deliveryOf('Marina Costa');
    expect((await manager.post(`/delivery/deliveries/${delivered.id}/dispatch`, { courierId: courier.id })).status).toBe(200);
    expect((await manager.post(`/delivery/deliveries/${delivered.id}/delivered`)).status).toBe(200);
    const waiting = await deliveryOf('João Lima');

    // Within the week after the delivery: a restart (the start-up pass) forgets nothing.
    await app.close();
    now = new Date(MONDAY_NOON + (DESTINATION_RETENTION_DAYS - 1) * DAY_MS);
    await start();
    expect(findDelivery(app.ctx.db, delivered.id)?.destination).toMatchObject({ recipientName: 'Marina Costa', phone: PINHEIROS_DESTINATION.phone, street: 'Rua dos Pinheiros' });

    await app.close();
    now = new Date(MONDAY_NOON + (DESTINATION_RETENTION_DAYS + 1) * DAY_MS);
    await start();
    await expect.poll(() => findDelivery(app.ctx.db, delivered.id)?.destination.recipientName).toBe('');
    expect(findDelivery(app.ctx.db, delivered.id)).toMatchObject({
      status: 'DELIVERED',
      feeCents: 700,
      amountDueCents: delivered.amountDueCents,
      destination: { recipientName: '', phone: '', street: '', number: '', postalCode: '', district: 'Pinheiros', city: 'São Paulo', state: 'SP' },
    });
    // Still waiting for its courier: it keeps where it goes.
    expect(findDelivery(app.ctx.db, waiting.id)?.destination).toMatchObject({ recipientName: 'João Lima', street: 'Rua dos Pinheiros' });
    const forgotten = app.ctx.journal.readAfter(0).filter((e) => e.type === 'delivery.destinations_forgotten');
    expect(forgotten.map((e) => e.payload)).toEqual([{ count: 1, endedBefore: new Date(now.getTime() - DESTINATION_RETENTION_DAYS * DAY_MS).toISOString() }]);
    // The journal never learns who or where.
    expect(JSON.stringify(forgotten)).not.toContain('Marina');
  });
});
