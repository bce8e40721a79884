import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_PERMISSIONS, ROLE_PERMISSIONS } from '../auth/index.js';
import { VirtualCardNetwork, VirtualCardProvider } from '../devices/tef/index.js';
import type { TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { apiAs, apiWith, type Api, startTillStore } from './test-support.js';

/**
 * A waiter charges a table by card on the phone (no drawer). The leitura X / redução Z lists the
 * tenders "POR OPERADOR": every operator by name, as the cashiers are. A person's internal id
 * printed alone is not something the manager can read (pt-BR store terms: never an internal code
 * alone).
 */
describe('the X report of a day with card payments taken at the table', () => {
  const network = new VirtualCardNetwork();
  let WAITER_ID: string;
  let app: TestAppliance;
  let waiter: Api;
  let manager: Api;

  beforeAll(async () => {
    app = await startTillStore(createPaymentsModule({ pixGateways: [], card: new VirtualCardProvider(network) }));
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER', 'user-manager');
    const joana = await manager.post('/users', { username: 'joana', name: 'Joana', role: 'WAITER', password: 'Garcom#2026-mesa' });
    expect(joana.status, JSON.stringify(joana.body)).toBe(201);
    WAITER_ID = joana.body.data.id;
    waiter = apiWith(app, app.bearer([...ROLE_PERMISSIONS.WAITER], { role: 'WAITER', id: WAITER_ID, name: 'Joana' }));
  });
  afterAll(() => app.close());

  it('names the waiter under POR OPERADOR, not their id', async () => {
    const tab = (await waiter.post('/tables/table-2/tab', { guests: 2 })).body.data as { id: string };
    expect((await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }] })).status).toBe(200);
    const paid = await waiter.post(`/tabs/${tab.id}/card-payments`, { method: 'DEBIT' }, { 'idempotency-key': crypto.randomUUID() });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);

    const x = await manager.get('/business-days/current/x-report');
    expect(x.status, JSON.stringify(x.body)).toBe(200);
    const row = x.body.data.report.byOperator.find((o: { operatorId: string }) => o.operatorId === WAITER_ID);
    expect(row?.name).toBe('Joana');
    expect(x.body.data.text).not.toContain(WAITER_ID);
  });

  it('names a kiosk that took its own card payment by the name it was paired with', async () => {
    const admin = apiAs(app, [...ROLE_PERMISSIONS.ADMIN], 'ADMIN');
    const paired = await admin.post('/devices', { name: 'Totem da entrada', kind: 'KIOSK' });
    expect(paired.status, JSON.stringify(paired.body)).toBe(201);
    const kioskId = paired.body.data.device.id as string;
    const kiosk = apiWith(app, app.bearer([...DEVICE_PERMISSIONS.KIOSK], { type: 'device', id: kioskId, role: undefined, deviceKind: 'KIOSK' }));
    const order = (await kiosk.post('/orders', { channel: 'KIOSK', items: [{ productId: 'prod-fries', quantity: 1 }] })).body.data;
    network.scenario = 'approve';
    const card = await kiosk.post(`/orders/${order.id}/payments`, { method: 'CREDIT' });
    expect(card.status, JSON.stringify(card.body)).toBe(201);

    const x = await manager.get('/business-days/current/x-report');
    const row = x.body.data.report.byOperator.find((o: { operatorId: string }) => o.operatorId === kioskId);
    expect(row?.name).toBe('Totem da entrada');
    expect(x.body.data.text).not.toContain(kioskId);
  });
});
