import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { cashierModule } from '../cashier/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { storeProfileInput, writeStoreProfile } from './store-profile.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

/** The printed lines, without the padding at their ends nor the virtual printer's marks of the paper cut. */
const linesOf = (text: string) => text.split('\n').map((line) => line.trimEnd()).filter((line) => line !== '' && line !== '[CUT]');

/**
 * The redução Z comes out on the report printer when the day closes, and that paper is what the
 * manager reads the next morning to count the day and share the taxa de serviço among the staff
 * (docs/money.md: the Z "prints *Taxa de serviço* under the tenders, so the manager can distribute
 * it"). The paper must be the Z the close answered and journaled for HQ as "the Z as printed": the
 * service charge, the drawers' results and every line the manager reads on screen.
 */
describe('the Z report printed when the day closes', () => {
  const printer = new VirtualPrinterServer();
  let app: TestAppliance;
  let manager: Api & { put(path: string, body: unknown): Promise<{ status: number; body: any }> };
  let cashier: Api;
  let waiter: Api;

  beforeAll(async () => {
    await printer.start();
    app = await startTestAppliance(
      [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), cashierModule, createPaymentsModule({ pixGateways: [] }), workflowsModule],
      { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } },
    );
    await app.ctx.commands.run('store.profile', (tx) => writeStoreProfile(tx, app.ctx.config.storeId, storeProfileInput.parse({ name: 'Cantina do Bairro', serviceChargeBp: 1000 })), {
      actor: { type: 'system', id: 'test' },
    });
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    waiter = apiAs(app, [...ROLE_PERMISSIONS.WAITER], 'WAITER');
    expect((await manager.put('/printers/balcao-1', { name: 'Balcão', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: printer.port } })).status).toBe(200);
    expect((await manager.put('/print-routing', { receiptPrinterId: 'balcao-1' })).status).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await printer.stop();
  });

  it('is the Z the close answered, taxa de serviço included', async () => {
    const drawer = await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 });
    expect(drawer.status, JSON.stringify(drawer.body)).toBe(201);
    const tab = (await waiter.post('/tables/table-3/tab', { guests: 2 })).body.data as { id: string; primaryOrderId: string };
    const round = await waiter.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-beer', quantity: 2, seat: 1 }, { productId: 'prod-fries', quantity: 1, seat: 2 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const paid = await cashier.post(`/orders/${tab.primaryOrderId}/payments`, { method: 'CASH', tenderedCents: 20_000 });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body.data.serviceChargeCents).toBeGreaterThan(0);
    const cashIn = paid.body.data.payment.amountCents + paid.body.data.serviceChargeCents;
    const closedDrawer = await cashier.post(`/cashier-sessions/${drawer.body.data.id}/close`, { counted: { CASH: 10_000 + cashIn } });
    expect(closedDrawer.body.data.report.status).toBe('BALANCED');

    const closedDay = await manager.post('/business-days/current/close', { resolve: { cancelDrafts: true, completeHandedOver: true } });
    expect(closedDay.status, JSON.stringify(closedDay.body)).toBe(200);
    const answered: string = closedDay.body.data.text;
    expect(answered).toContain('Taxa de serviço');

    // The day's report is the last paper of the day: after the receipt and the drawer's close slip.
    const dayPaper = () => printer.jobs.map((job) => job.text).filter((text) => /RELATÓRIO DO DIA|FECHAMENTO DO DIA/.test(text));
    const [z] = await waitUntil('the Z on paper', dayPaper, (texts) => texts.length > 0);
    expect(linesOf(z)).toEqual(linesOf(answered));
  });
});
