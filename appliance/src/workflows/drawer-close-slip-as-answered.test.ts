import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { cashierModule } from '../cashier/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

/** The printed lines, without the padding at their ends nor the virtual printer's marks of the paper cut. */
const linesOf = (text: string) => text.split('\n').map((line) => line.trimEnd()).filter((line) => line !== '' && line !== '[CUT]');

/**
 * The drawer's close slip comes out of the till's printer and the cashier signs it: it is the
 * store's record of what the drawer held. A debit slip missing from the count is a shortage as
 * real as missing cash, so the paper says what the close told the cashier on screen: every
 * method's expected, counted and difference, FALTA or SOBRA, and the alert.
 */
describe('the drawer close slip on paper', () => {
  const printer = new VirtualPrinterServer();
  let app: TestAppliance;
  let manager: Api & { put(path: string, body: unknown): Promise<{ status: number; body: any }> };
  let cashier: Api;

  beforeAll(async () => {
    await printer.start();
    app = await startTestAppliance(
      [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), cashierModule, createPaymentsModule({ pixGateways: [] }), workflowsModule],
      { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } },
    );
    manager = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER');
    expect((await manager.put('/printers/balcao-1', { name: 'Balcão', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: printer.port } })).status).toBe(200);
    expect((await manager.put('/print-routing', { receiptPrinterId: 'balcao-1' })).status).toBe(200);
  });
  afterAll(async () => {
    await app?.close();
    await printer.stop();
  });

  async function paidOrder(tender: Record<string, unknown>): Promise<number> {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const paid = await cashier.post(`/orders/${order.id}/payments`, tender);
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    return order.totalCents as number;
  }

  it('is the close the cashier read on screen, a debit shortage and its FALTA included', async () => {
    const drawer = await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 });
    expect(drawer.status, JSON.stringify(drawer.body)).toBe(201);
    const cashSale = await paidOrder({ method: 'CASH', tenderedCents: 2_000 });
    await paidOrder({ method: 'DEBIT', standaloneCard: { brand: 'VISA', nsu: '778899' } });

    // The cash is all there; the debit slip is not.
    const closed = await cashier.post(`/cashier-sessions/${drawer.body.data.id}/close`, { counted: { CASH: 10_000 + cashSale, DEBIT: 0 } });
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.data.report).toMatchObject({ status: 'SHORT', alert: true });
    const answered: string = closed.body.data.text;
    expect(answered).toContain('FALTA');
    expect(answered).toContain('Débito');

    const closeSlips = () => printer.jobs.map((job) => job.text).filter((text) => text.includes('FECHAMENTO DE CAIXA'));
    const [slip] = await waitUntil('the close slip on paper', closeSlips, (texts) => texts.length > 0);
    expect(linesOf(slip)).toEqual(linesOf(answered));
  });
});
