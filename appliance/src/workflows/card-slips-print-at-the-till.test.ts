import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { cashierModule } from '../cashier/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { TefDialProvider, TefManagerSimulator } from '../devices/tef/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

/**
 * A card charged on the store's TEF terminal comes with the network's slip (comprovante): the
 * customer keeps a copy, the store files the other for a chargeback. It prints on the till's
 * printer, and so does the slip of the estorno when the card is refunded; cash prints none.
 */
describe('card slips at the till', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-card-slips-'));
  const tefDir = mkdtempSync(join(tmpdir(), 'chefia-card-slips-tef-'));
  const dirs = { reqDir: join(tefDir, 'req'), respDir: join(tefDir, 'resp') };
  const manager = new TefManagerSimulator(dirs);
  const tillPrinter = new VirtualPrinterServer();
  let app: TestAppliance;
  let cashier: Api;

  beforeAll(async () => {
    await manager.start();
    await tillPrinter.start();
    const terminal = new TefDialProvider({ ...dirs, dataDir, statusTimeoutMs: 2_000, responseTimeoutMs: 5_000, pollIntervalMs: 10 });
    app = await startTestAppliance(
      [...orderModules().filter((m) => m !== workflowsModule), cashierModule, createPaymentsModule({ pixGateways: [], card: terminal }), createPrintingModule(), workflowsModule],
      { clock: NOON_MONDAY, env: { CHEFIA_DEMO: '1' } },
    );
    const owner = apiAs(app, [...ROLE_PERMISSIONS.MANAGER], 'MANAGER');
    expect((await owner.put('/printers/caixa-1', { name: 'Caixa 1', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: tillPrinter.port } })).status).toBe(200);
    expect((await owner.put('/print-routing', { receiptPrinterId: null, tillPrinters: { 'POS-1': 'caixa-1' } })).status).toBe(200);
    cashier = apiAs(app, [...ROLE_PERMISSIONS.CASHIER], 'CASHIER', 'cashier-ana');
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 0 })).status).toBe(201);
  });
  afterAll(async () => {
    await app?.close();
    await manager.stop();
    await tillPrinter.stop();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(tefDir, { recursive: true, force: true });
  });

  const slips = () => tillPrinter.jobs.map((job) => job.text).filter((text) => text.includes('VIA DO CLIENTE'));
  async function paid(method: 'DEBIT' | 'CASH'): Promise<{ order: { id: string; number: number }; payment: { id: string; amountCents: number } }> {
    const order = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    const answer = await cashier.post(`/orders/${order.id}/payments`, method === 'CASH' ? { method, tenderedCents: 2000 } : { method });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    return { order, payment: answer.body.data.payment };
  }

  it("prints the network's slip of a card sale, the customer's copy and the store's", async () => {
    const { order, payment } = await paid('DEBIT');
    const nsu = manager.byDocument(payment.id)!.nsu!;
    const [slip] = await waitUntil('the card slip printed', async () => slips(), (printed) => printed.length === 1);
    expect(slip).toContain(`Pedido nº ${order.number}`);
    expect(slip).toContain('VALOR APROVADO: R$ 12,90');
    expect(slip).toContain(`NSU: ${nsu}`);
    expect(slip.indexOf('VIA DO ESTABELECIMENTO')).toBeGreaterThan(slip.indexOf(`NSU: ${nsu}`));
    expect(slip.split(`NSU: ${nsu}`)).toHaveLength(3);
  });

  it('prints no card slip for cash, only its receipt', async () => {
    const before = slips().length;
    const { order, payment } = await paid('CASH');
    await waitUntil('the cash receipt printed', async () => tillPrinter.jobs.some((job) => job.text.includes('CUPOM NÃO FISCAL') && job.text.includes(`Pedido nº ${order.number}`)), Boolean);
    const captured = app.ctx.db.prepare("SELECT seq FROM journal WHERE type = 'payment.captured' AND aggregate_id = ?").pluck().get(payment.id) as number;
    await waitUntil('the slip printer past the cash sale', async () => app.ctx.db.prepare("SELECT seq FROM consumer_offsets WHERE name = 'workflow-print-card-slip'").pluck().get() as number, (seq) => seq >= captured);
    expect(app.ctx.db.prepare('SELECT COUNT(*) FROM print_jobs WHERE dedupe_key = ?').pluck().get(`card-slip/${payment.id}`)).toBe(0);
    expect(slips()).toHaveLength(before);
  });

  it('prints the estorno slip when the whole card is refunded at the terminal', async () => {
    const { payment } = await paid('DEBIT');
    const nsu = manager.byDocument(payment.id)!.nsu!;
    const printed = tillPrinter.jobs.length;
    const refund = await cashier.post(`/payments/${payment.id}/refunds`, { amountCents: payment.amountCents, reason: 'produto errado' });
    expect(refund.status, JSON.stringify(refund.body)).toBe(201);
    expect(refund.body.data.cardRefund.status).toBe('DONE');
    const slip = (await waitUntil('the estorno slip printed', async () => tillPrinter.jobs.slice(printed).map((job) => job.text), (texts) => texts.some((text) => text.includes('CANCELAMENTO NO CARTÃO')))).find((text) => text.includes('CANCELAMENTO NO CARTÃO'))!;
    expect(slip).toContain('CANCELAMENTO NO CARTÃO');
    expect(slip).toContain(`NSU ORIGINAL: ${nsu}`);
    expect(slip).toContain('VALOR CANCELADO: R$ 12,90');
    const event = app.ctx.db.prepare("SELECT payload FROM journal WHERE type = 'payment.card_cancelled'").pluck().get() as string;
    expect(JSON.parse(event)).toMatchObject({ paymentId: payment.id, refundId: refund.body.data.refundId, amountCents: 1290 });
  });
});
