import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { cashierModule } from '../cashier/index.js';
import { deliveryModule } from '../delivery/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, PINHEIROS_DESTINATION, type Api } from './test-support.js';

/**
 * Açaí sold by weight goes out for delivery: the courier's route slip lists what is in the bag the
 * way the customer's receipt does, 750 g as "0,750 kg", never as 750 pots.
 */
describe('the route slip of a delivery with a weighed item', () => {
  const till = new VirtualPrinterServer();
  let app: TestAppliance;
  let manager: Api;

  beforeAll(async () => {
    await till.start();
    const modules = [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), cashierModule, createPaymentsModule({ pixGateways: [] }), deliveryModule, workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    const put = (path: string, body: unknown) =>
      fetch(`${app.baseUrl}/api/v1${path}`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: app.bearer([...ROLE_PERMISSIONS.MANAGER], { role: 'MANAGER', id: 'user-manager' }) }, body: JSON.stringify(body) });
    expect((await put('/printers/balcao-1', { name: 'balcão', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: till.port } })).status).toBe(200);
    expect((await put('/print-routing', { receiptPrinterId: 'balcao-1' })).status).toBe(200);
    expect((await manager.post('/delivery/zones', { name: 'Pinheiros', kind: 'DISTRICT', districts: ['Pinheiros'], feeCents: 700, estimateMinutes: 40 })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await till.stop();
  });

  it('prints the weight of a weighed line and the count of a counted one', async () => {
    const acai = await manager.post('/products', { id: 'acai-kg', categoryId: 'cat-drinks', sku: 'ACAI-KG', name: 'Açaí (kg)', type: 'WEIGHT', priceCents: 5990, channels: ['DELIVERY'] });
    expect(acai.status, JSON.stringify(acai.body)).toBe(201);
    const order = (await manager.post('/orders', { channel: 'DELIVERY', items: [{ productId: 'acai-kg', quantity: 750 }, { productId: 'prod-fries', quantity: 2 }], confirm: true })).body.data;
    const delivery = (await manager.post(`/delivery/orders/${order.id}`, { destination: PINHEIROS_DESTINATION, payment: { prepaid: false, method: 'CASH', changeForCents: null } })).body.data;
    expect((await manager.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const courier = (await manager.post('/delivery/couriers', { name: 'Zé Motoboy', payPerDeliveryCents: 500 })).body.data;
    expect((await manager.post(`/delivery/deliveries/${delivery.id}/dispatch`, { courierId: courier.id })).status).toBe(200);

    const [slip] = await till.recorder.waitForJobs(1);
    expect(slip.text).toContain('ROTA DE ENTREGA');
    expect(slip.text).toContain('0,750 kg Açaí (kg)');
    expect(slip.text).not.toContain('750x');
    expect(slip.text).toContain('2x Batata frita');
  });
});
