import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatCents } from '../devices/printer/templates/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { serviceChargeCents } from './service-charge.js';
import { apiAs, NOON_MONDAY, orderModules } from './test-support.js';

describe('the pré-conta of a table, printed when it asks for the bill', () => {
  const till = new VirtualPrinterServer();
  let app: TestAppliance;

  const put = async (path: string, permissions: string[], body: unknown) => {
    const res = await fetch(`${app.baseUrl}/api/v1${path}`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: app.bearer(permissions, { role: 'MANAGER' }) }, body: JSON.stringify(body) });
    expect(res.status).toBe(200);
  };

  beforeAll(async () => {
    await till.start();
    const modules = [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    await put('/printers/balcao-1', ['printing.manage'], { name: 'Balcão', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: till.port } });
    await put('/print-routing', ['printing.manage'], { receiptPrinterId: 'balcao-1' });
    await put('/store', ['business_day.manage'], { name: 'Cantina da Nona', serviceChargeBp: 1000 });
  });
  afterAll(async () => {
    await app?.close();
    await till.stop();
  });

  it('lists the lines of every round with the consumption, the optional 10 % service and both totals; asked again, it prints again', async () => {
    const waiter = apiAs(app, ['tables.read', 'tables.operate', 'orders.read'], 'WAITER');
    const tab = (await waiter.post('/tables/table-4/tab', { guests: 2 })).body.data as { id: string };
    await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 2, seat: 1 }] });
    await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-coke', quantity: 1, seat: 2, notes: 'sem gelo' }] });
    const totalCents = (await waiter.get(`/tabs/${tab.id}`)).body.data.totalCents as number;
    expect((await waiter.post(`/tabs/${tab.id}/request-bill`)).status).toBe(200);

    const [slip] = await till.recorder.waitForJobs(1);
    const service = serviceChargeCents(totalCents, 1000);
    expect(slip.text).toContain('CONFERÊNCIA DE MESA');
    expect(slip.text).toContain('Mesa 4');
    expect(slip.text).toContain('2x Batata frita');
    expect(slip.text).toContain('sem gelo');
    expect(slip.text).toMatch(new RegExp(`Serviço \\(10%, opcional\\) +${formatCents(service).replace(/[$.]/g, '\\$&')}`));
    expect(slip.text).toMatch(new RegExp(`TOTAL +${formatCents(totalCents + service).replace(/[$.]/g, '\\$&')}`));
    expect(slip.text).toMatch(new RegExp(`Total sem serviço +${formatCents(totalCents).replace(/[$.]/g, '\\$&')}`));
    expect(slip.text).not.toContain('Pagamentos');

    expect((await waiter.post(`/tabs/${tab.id}/request-bill`)).status).toBe(200);
    expect(await till.recorder.waitForJobs(2)).toHaveLength(2);
  });

  it('rounds the service charge half up to the centavo', () => {
    expect(serviceChargeCents(10_750, 1000)).toBe(1075);
    expect(serviceChargeCents(10_755, 1000)).toBe(1076);
    expect(serviceChargeCents(10_754, 1000)).toBe(1075);
    expect(serviceChargeCents(10_000, 0)).toBe(0);
  });
});
