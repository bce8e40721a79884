import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mqtt, { type MqttClient } from 'mqtt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CardPromptMessage } from '../../contract/screens.js';
import { cashierModule } from '../cashier/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { createHardwareModule } from '../hardware/index.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

const CASHIER_PERMS = ['orders.create', 'orders.read', 'orders.confirm', 'cashier.operate', 'payments.capture'];
const MANAGER_PERMS = [...CASHIER_PERMS, 'reports.read', 'business_day.manage', 'printing.manage'];

/** What the POS terminal asks of the appliance on request: a receipt's copy, the X report on paper, the TEF terminal's prompts, its scale. */
describe('counter requests on the demo store: reprint, X report on paper, card prompts, the POS scale', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-counter-'));
  const till = new VirtualPrinterServer();
  let app: TestAppliance;
  let cashier: Api;
  let manager: Api;
  let prompts: MqttClient;
  const heard: CardPromptMessage[] = [];

  const put = async (path: string, body: unknown) => {
    const res = await fetch(`${app.baseUrl}/api/v1${path}`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization: app.bearer(MANAGER_PERMS, { role: 'MANAGER' }) }, body: JSON.stringify(body) });
    return res.status;
  };
  const printedTexts = () => till.jobs.map((job) => job.text);

  async function sale(method: 'CASH' | 'DEBIT') {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }] });
    const order = created.body.data as { id: string; number: number; totalCents: number };
    expect((await cashier.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    const paid = await cashier.post(`/orders/${order.id}/payments`, method === 'CASH' ? { method, tenderedCents: order.totalCents } : { method, amountCents: order.totalCents });
    expect(paid.status).toBe(201);
    return order;
  }

  beforeAll(async () => {
    await till.start();
    const modules = [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule(), cashierModule, createPaymentsModule(), createHardwareModule(), workflowsModule];
    app = await startTestAppliance(modules, { clock: NOON_MONDAY, dataDir, env: { CHEFIA_DEMO: '1' } });
    cashier = apiAs(app, CASHIER_PERMS, 'CASHIER');
    manager = apiAs(app, MANAGER_PERMS, 'MANAGER');
    expect(await put('/printers/balcao-1', { name: 'Caixa', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: till.port } })).toBe(200);
    expect(await put('/print-routing', { receiptPrinterId: 'balcao-1', reportPrinterId: 'balcao-1' })).toBe(200);
    expect((await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 })).status).toBe(201);
    prompts = await mqtt.connectAsync(`mqtt://127.0.0.1:${app.mqttPort}`, { username: 'user:CASHIER', password: 'test', reconnectPeriod: 0, connectTimeout: 5000 });
    prompts.on('message', (_topic, payload) => heard.push(JSON.parse(payload.toString('utf8')) as CardPromptMessage));
    await prompts.subscribeAsync(`store/${app.ctx.config.storeId}/card-prompts/+`, { qos: 0 });
  });

  afterAll(async () => {
    await prompts?.endAsync();
    await app?.close();
    await till.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints a paid sale again on each request, once per Idempotency-Key, and refuses an unpaid one in pt-BR', async () => {
    const order = await sale('CASH');
    await waitUntil('the receipt', () => printedTexts(), (texts) => texts.some((text) => text.includes(`Pedido nº ${order.number}`)));
    const first = await cashier.post(`/orders/${order.id}/receipt/reprint`, {}, { 'idempotency-key': 'copia-1' });
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({ kind: 'customer_receipt', printerId: 'balcao-1' });
    const retried = await cashier.post(`/orders/${order.id}/receipt/reprint`, {}, { 'idempotency-key': 'copia-1' });
    expect(retried.body.data.jobId).toBe(first.body.data.jobId);
    const second = await cashier.post(`/orders/${order.id}/receipt/reprint`, {}, { 'idempotency-key': 'copia-2' });
    expect(second.body.data.jobId).not.toBe(first.body.data.jobId);
    const copies = await waitUntil('the two copies', () => printedTexts().filter((text) => text.includes(`Pedido nº ${order.number}`)), (texts) => texts.length === 3);
    expect(copies[2]).toContain('Batata frita');

    const open = (await cashier.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-coke', quantity: 1 }] })).body.data as { id: string };
    const refused = await cashier.post(`/orders/${open.id}/receipt/reprint`);
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'PRINT_ORDER_NOT_PAID', message: expect.stringContaining('ainda não foi pago') });
    expect((await cashier.post('/orders/nao-existe/receipt/reprint')).status).toBe(404);
  });

  it('puts the X report on the report printer for a manager, the same text as on screen; a cashier may not', async () => {
    const onScreen = (await manager.get('/business-days/current/x-report')).body.data.text as string;
    const printed = await manager.post('/business-days/current/x-report/print');
    expect(printed.status).toBe(201);
    expect(printed.body.data).toMatchObject({ kind: 'x_report', printerId: 'balcao-1' });
    const [paper] = await waitUntil('the X report', () => printedTexts().filter((text) => text.includes('LEITURA X - PARCIAL DO DIA')), (texts) => texts.length === 1);
    for (const line of onScreen.split('\n').filter((l) => l.trim())) expect(paper).toContain(line.trim());
    expect((await cashier.post('/business-days/current/x-report/print')).status).toBe(403);
  });

  it("publishes the TEF terminal's prompts of a card payment on the order's topic, sent first", async () => {
    const order = await sale('DEBIT');
    const mine = await waitUntil('the prompts', () => heard.filter((m) => m.orderId === order.id), (list) => list.some((m) => m.stage === 'MESSAGE'));
    expect(mine[0]).toMatchObject({ stage: 'SENT', text: null });
    expect(mine.map((m) => m.stage)).toContain('ACCEPTED');
    expect(mine.find((m) => m.stage === 'MESSAGE')?.text).toMatch(/CARTÃO/);
  });

  it("names the store's scale in the POS configuration", async () => {
    const config = await (await fetch(`${app.baseUrl}/pos/config.json`)).json();
    expect(config).toMatchObject({ storeId: app.ctx.config.storeId, scaleId: 'balanca-1' });
  });
});
