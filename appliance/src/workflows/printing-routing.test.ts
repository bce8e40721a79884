import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';
import { waitUntil } from '../kernel/testing/wait-until.js';

const CASHIER_PERMS = ['orders.create', 'orders.read', 'orders.confirm', 'cashier.operate', 'payments.capture', 'printing.read'];


describe('printing on an unrouted demo store', () => {
  let app: TestAppliance;
  let cashier: Api;
  const put = (permissions: string[], body: unknown, path = '/print-routing') =>
    fetch(`${app.baseUrl}/api/v1${path}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', authorization: app.bearer(permissions) },
      body: JSON.stringify(body),
    }).then(async (res) => ({ status: res.status, body: await res.json() }));

  beforeAll(async () => {
    const modules = [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), cashierModule, createPaymentsModule(), workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } });
    cashier = apiAs(app, CASHIER_PERMS, 'CASHIER');
  });
  afterAll(() => app.close());

  it('defaults to the demo till printer and refuses bad routing with stable codes', async () => {
    expect((await cashier.get('/print-routing')).body.data).toEqual({ receiptPrinterId: 'caixa-1', reportPrinterId: null, kitchenPrinters: {}, tillPrinters: {} });
    const forbidden = await put(['printing.read'], { receiptPrinterId: 'x' });
    expect([forbidden.status, forbidden.body.error.code]).toEqual([403, 'FORBIDDEN']);
    const unknownField = await put(['printing.manage'], { receiptPrinter: 'x' });
    expect([unknownField.status, unknownField.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    const emptyId = await put(['printing.manage'], { kitchenPrinters: { FRYER: '' } });
    expect([emptyId.status, emptyId.body.error.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await cashier.get('/print-routing')).body.data.receiptPrinterId).toBe('caixa-1');
  });

  it('prints the receipt of a paid order on the seeded virtual printer into <dataDir>/receipts', async () => {
    // The grill loses its screen but gets no printer: its ticket is skipped, nothing else stops.
    const grill = await put(['catalog.write'], { name: 'Chapa', capacity: 8, hasScreen: false, sortOrder: 1 }, '/kds/stations/GRILL');
    expect(grill.status).toBe(200);
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).status).toBe(201);
    const created = await cashier.post('/orders', { channel: 'TAKEOUT', items: [{ productId: 'prod-veggie-burger', quantity: 1 }] });
    expect(created.status).toBe(201);
    const order = created.body.data as { id: string; number: number };
    expect((await cashier.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    expect((await cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: 5000 })).status).toBe(201);

    const jobs = await waitUntil(
      'the receipt job',
      async () => (await cashier.get('/print-jobs?size=100')).body.data as { kind: string; status: string; printerId: string }[],
      (list) => list.some((j) => j.kind === 'customer_receipt' && j.status === 'DONE'),
    );
    expect(jobs.filter((j) => j.kind === 'customer_receipt')).toEqual([expect.objectContaining({ printerId: 'caixa-1', status: 'DONE' })]);
    const ticketed = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'kitchen.ticket_created');
    expect(ticketed.map((e) => e.payload.station)).toContain('GRILL');
    const kitchenCursor = () => app.ctx.db.prepare("SELECT seq FROM consumer_offsets WHERE name = 'workflow-print-kitchen-ticket'").pluck().get() as number;
    await waitUntil('the kitchen printing consumer', kitchenCursor, (seq) => seq >= ticketed.at(-1)!.seq);
    expect(jobs.filter((j) => j.kind === 'kitchen_ticket')).toEqual([]);
    const dir = join(app.dataDir, 'receipts');
    const texts = readdirSync(dir)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => readFileSync(join(dir, name), 'utf8'));
    const receipt = texts.find((t) => t.includes(`Pedido nº ${order.number}`));
    expect(receipt).toContain('Burger vegetariano');
    expect(readdirSync(dir).filter((name) => name.endsWith('.png'))).toHaveLength(texts.length);
  });
});
