import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { cashierModule } from '../cashier/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { workflowsModule } from './index.js';
import { apiAs, type Api, orderModules } from './test-support.js';

/**
 * A bar's business day opened Monday 19:00 (São Paulo) and still selling at 00:30 and 01:10 on
 * Tuesday: one business day, 23/11. The X/Z report's sales by hour ("POR HORA") read as the
 * day went, 19h, 23h, then 00h, 01h: the hours past midnight are the end of the day, not its
 * beginning.
 */
describe('the X report of a business day that runs past midnight', () => {
  let now = new Date('2026-11-23T22:00:00.000Z'); // Monday 19:00 in São Paulo
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), cashierModule, createPaymentsModule({ pixGateways: [] }), workflowsModule];
    app = await startTestAppliance(modules, { clock: { now: () => now }, env: { CHEFIA_DEMO: '1' } });
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'user-manager');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-N', openingFloatCents: 10_000 })).status).toBe(201);
  });
  afterAll(() => app.close());

  const sellAt = async (iso: string) => {
    now = new Date(iso);
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data.id;
    const paid = await cashier.post(`/orders/${order}/payments`, { method: 'CASH', tenderedCents: 2_000 });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
  };

  it('lists the hours in the order the day ran', async () => {
    const day = (await manager.get('/business-days/current')).body.data;
    expect(day.date).toBe('2026-11-23');
    await sellAt('2026-11-23T22:10:00.000Z'); // 19:10
    await sellAt('2026-11-24T02:20:00.000Z'); // 23:20
    await sellAt('2026-11-24T03:30:00.000Z'); // 00:30 Tuesday
    await sellAt('2026-11-24T04:10:00.000Z'); // 01:10 Tuesday

    const x = await manager.get('/business-days/current/x-report');
    expect(x.status, JSON.stringify(x.body)).toBe(200);
    expect(x.body.data.report.byHour.map((h: { hour: string }) => h.hour)).toEqual(['19', '23', '00', '01']);
  });
});
