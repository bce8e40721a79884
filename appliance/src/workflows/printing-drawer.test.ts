import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import type { Clock } from '../kernel/clock.js';
import { droppingPort } from '../kernel/testing/dropping-port.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

const PERMISSIONS = ['orders.create', 'orders.read', 'orders.confirm', 'orders.fulfil', 'cashier.operate', 'payments.capture', 'printing.read', 'printing.manage'];

interface JobView {
  id: string;
  kind: string;
  status: string;
  printerId: string;
  triedPrinterIds: string[];
  attempts: number;
  lastErrorCode: string | null;
  source: { type: string; id: string } | null;
}

/** Printed jobs that carried a drawer pulse (the virtual printer marks each pulse `[DRAWER]`). */
const pulses = (printer: VirtualPrinterServer) => printer.jobs.filter((job) => job.text.includes('[DRAWER]')).length;

describe('the cash drawer, opened through its till printer', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-drawer-'));
  const till1 = new VirtualPrinterServer();
  const till2 = new VirtualPrinterServer();
  let broken: Server;
  let app: TestAppliance;
  let api: Api;
  let storeClock: Clock = NOON_MONDAY;

  const start = () =>
    startTestAppliance(
      [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule({ retry: { baseDelayMs: 20, maxDelayMs: 100, failoverAfterAttempts: 1, maxAttempts: 4 } }), cashierModule, createPaymentsModule(), workflowsModule],
      { clock: { now: () => storeClock.now() }, dataDir, env: { CHEFIA_DEMO: '1' } },
    );
  const put = async (path: string, body: unknown) => {
    const saved = await api.put(path, body);
    expect(saved.status).toBe(200);
    return saved.body.data;
  };
  const printerAt = (port: number, backupPrinterId?: string) => ({
    name: 'Caixa',
    profileId: 'epson-tm-t20',
    connection: { type: 'tcp', host: '127.0.0.1', port },
    ...(backupPrinterId ? { backupPrinterId } : {}),
  });
  const jobs = async (): Promise<JobView[]> => (await api.get('/print-jobs?size=100&sort=createdAt:asc')).body.data;
  const kickOf = (sourceId: string) =>
    waitUntil(
      'the drawer pulse job',
      async () => (await jobs()).find((j) => j.kind === 'drawer_kick' && j.source?.id === sourceId),
      (job) => job !== undefined && (job.status === 'DONE' || job.status === 'FAILED'),
    );
  const openDrawer = async (terminalId: string, openingFloatCents: number, as: Api = api) => {
    const opened = await as.post('/cashier-sessions', { terminalId, openingFloatCents });
    expect(opened.status).toBe(201);
    return opened.body.data.id as string;
  };

  beforeAll(async () => {
    await till1.start();
    await till2.start();
    broken = await droppingPort();
    app = await start();
    api = apiAs(app, PERMISSIONS, 'MANAGER');
    await put('/printers/caixa-1', printerAt(till1.port));
    await put('/printers/caixa-2', printerAt(till2.port));
    // A till whose printer is down, with caixa-1 as the backup for its paper.
    await put('/printers/caixa-3', printerAt((broken.address() as { port: number }).port, 'caixa-1'));
    const routing = await put('/print-routing', { receiptPrinterId: 'caixa-1', tillPrinters: { 'POS-2': 'caixa-2', 'POS-3': 'caixa-3' } });
    expect(routing).toEqual({ receiptPrinterId: 'caixa-1', reportPrinterId: null, kitchenPrinters: {}, tillPrinters: { 'POS-2': 'caixa-2', 'POS-3': 'caixa-3' } });
  });

  afterAll(async () => {
    await app?.close();
    await till1.stop();
    await till2.stop();
    broken?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('opens the drawer for the opening float and for a cash sale, on the receipt printer of a till the routing does not name', async () => {
    const sessionId = await openDrawer('POS-1', 20_000);
    expect(await kickOf(sessionId)).toMatchObject({ status: 'DONE', printerId: 'caixa-1', source: { type: 'cashier_session', id: sessionId } });
    // Queued in the opening's own transaction: the next journal entry, the same clock reading.
    const opened = app.ctx.db.prepare("SELECT seq, occurred_at FROM journal WHERE type = 'cashier.session_opened' AND aggregate_id = ?").get(sessionId) as { seq: number; occurred_at: string };
    const next = app.ctx.db.prepare('SELECT type, occurred_at, payload FROM journal WHERE seq = ?').get(opened.seq + 1) as { type: string; occurred_at: string; payload: string };
    expect([next.type, next.occurred_at, JSON.parse(next.payload).kind]).toEqual(['print_job.queued', opened.occurred_at, 'drawer_kick']);
    await till1.recorder.waitForJobs(1);
    expect(pulses(till1)).toBe(1);

    const order = (await api.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-fries', quantity: 1 }], confirm: true })).body.data;
    expect((await api.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const paid = await api.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: 5_000 });
    expect(paid.status).toBe(201);
    const sale = (await jobs()).filter((j) => j.kind === 'drawer_kick').length;
    await waitUntil('the sale opened the drawer', async () => (await jobs()).filter((j) => j.kind === 'drawer_kick' && j.status === 'DONE').length, (n) => n === sale && sale === 2);
    await waitUntil('both pulses printed', async () => pulses(till1), (n) => n === 2);
    expect(pulses(till2)).toBe(0);
  });

  it("opens each till's own drawer for a sangria and a suprimento, and nothing for a drawer opened without float", async () => {
    const cashier2 = apiAs(app, PERMISSIONS, 'CASHIER', 'user-pos2');
    const sessionId = await openDrawer('POS-2', 0, cashier2);
    for (const type of ['DEPOSIT', 'WITHDRAWAL']) {
      const moved = await cashier2.post(`/cashier-sessions/${sessionId}/operations`, { type, amountCents: 1_000, reason: 'troco' });
      expect(moved.status).toBe(201);
      expect(await kickOf(moved.body.data.id)).toMatchObject({ status: 'DONE', printerId: 'caixa-2' });
    }
    await waitUntil('two pulses at till 2', async () => pulses(till2), (n) => n === 2);
    expect((await jobs()).some((j) => j.source?.id === sessionId)).toBe(false);
  });

  it('opens the drawer with no sale (abrir gaveta) only with a manager and a reason, journaled, no money moved', async () => {
    const cashier2 = apiAs(app, PERMISSIONS, 'CASHIER', 'user-pos2');
    const sessionId = (await cashier2.get('/cashier-sessions')).body.data.find((s: { terminalId: string }) => s.terminalId === 'POS-2').id as string;
    const before = pulses(till2);
    const alone = await cashier2.post(`/cashier-sessions/${sessionId}/drawer-openings`, { reason: 'troco para nota de R$ 100' });
    expect([alone.status, alone.body.error.code]).toEqual([403, 'MANAGER_OVERRIDE_REQUIRED']);
    expect((await cashier2.post(`/cashier-sessions/${sessionId}/drawer-openings`, { reason: '' }, { 'x-manager-override': 'gerente:1234' })).status).toBe(400);
    const someoneElse = await apiAs(app, PERMISSIONS, 'CASHIER', 'user-pos3').post(`/cashier-sessions/${sessionId}/drawer-openings`, { reason: 'x' }, { 'x-manager-override': 'gerente:1234' });
    expect([someoneElse.status, someoneElse.body.error.code]).toEqual([403, 'CASHIER_NOT_OWNER']);

    const opened = await cashier2.post(`/cashier-sessions/${sessionId}/drawer-openings`, { reason: 'troco para nota de R$ 100' }, { 'x-manager-override': 'gerente:1234' });
    expect(opened.status).toBe(201);
    expect(opened.body.data).toMatchObject({ sessionId, terminalId: 'POS-2', operatorId: 'user-pos2', reason: 'troco para nota de R$ 100', authorizedBy: { managerId: expect.any(String) } });
    expect(await kickOf(opened.body.data.openingId)).toMatchObject({ status: 'DONE', printerId: 'caixa-2', source: { type: 'cashier_drawer_opening' } });
    await waitUntil('the pulse at till 2', async () => pulses(till2), (n) => n === before + 1);
    const journaled = app.ctx.journal.readAfter(0, 100_000).filter((e) => e.type === 'cashier.drawer_opened');
    expect(journaled.map((e) => e.payload.openingId)).toEqual([opened.body.data.openingId]);
    expect(app.ctx.db.prepare('SELECT COUNT(*) FROM cashier_operations WHERE session_id = ?').pluck().get(sessionId)).toBe(2);
  });

  it('prints the receipt of a sale at the till that took it', async () => {
    const cashier2 = apiAs(app, PERMISSIONS, 'CASHIER', 'user-pos2');
    const pulsesBefore = pulses(till2);
    const order = (await cashier2.post('/orders', { channel: 'COUNTER', items: [{ productId: 'prod-onion-rings', quantity: 1 }], confirm: true })).body.data;
    expect((await api.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    expect((await cashier2.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents: 2_000 })).status).toBe(201);
    const receipt = await waitUntil('the receipt', async () => (await jobs()).find((j) => j.kind === 'customer_receipt' && j.source?.id === order.id), (job) => job?.status === 'DONE');
    expect(receipt!.printerId).toBe('caixa-2');
    await waitUntil('the receipt and the pulse at till 2', async () => till2.jobs.map((job) => job.text), (texts) => texts.some((text) => text.includes(`Pedido nº ${order.number}`)) && pulses(till2) === pulsesBefore + 1);
    expect(till1.jobs.some((job) => job.text.includes(`Pedido nº ${order.number}`))).toBe(false);
  });

  it("counts the drawer's openings with no sale on its close, on screen and on the printed slip", async () => {
    const cashier2 = apiAs(app, PERMISSIONS, 'CASHIER', 'user-pos2');
    const sessionId = (await cashier2.get('/cashier-sessions')).body.data.find((s: { terminalId: string }) => s.terminalId === 'POS-2').id as string;
    const closed = await cashier2.post(`/cashier-sessions/${sessionId}/close`, { counted: { CASH: 0 } });
    expect(closed.status).toBe(200);
    expect(closed.body.data.report.drawerOpenings).toBe(1);
    expect(closed.body.data.text).toMatch(/Gaveta aberta sem venda +1\n/);
    // The close slip goes to the report printer, here the receipt printer at till 1.
    await waitUntil('the close slip on paper', async () => till1.jobs.find((job) => job.text.includes('FECHAMENTO DE CAIXA') && job.text.includes('POS-2'))?.text, (text) => text !== undefined);
    expect(till1.jobs.find((job) => job.text.includes('FECHAMENTO DE CAIXA') && job.text.includes('POS-2'))!.text).toMatch(/Gaveta aberta sem venda +1\n/);
  });

  it('sends a pulse once, to its own till: a printer that fails it is not retried and its backup (another till) is not used', async () => {
    const printedAtTill1 = pulses(till1);
    const cashier3 = apiAs(app, PERMISSIONS, 'CASHIER', 'user-pos3');
    const sessionId = await openDrawer('POS-3', 10_000, cashier3);
    expect(await kickOf(sessionId)).toMatchObject({ status: 'FAILED', printerId: 'caixa-3', triedPrinterIds: ['caixa-3'], attempts: 1 });
    expect(pulses(till1)).toBe(printedAtTill1);
  });

  it("a failed pulse is not sent again from the back office's retry, and does not hold the health check degraded", async () => {
    const cashier5 = apiAs(app, PERMISSIONS, 'CASHIER', 'user-pos5');
    await put('/print-routing', { tillPrinters: { 'POS-2': 'caixa-2', 'POS-3': 'caixa-3', 'POS-5': 'caixa-3' } });
    const sessionId = await openDrawer('POS-5', 10_000, cashier5);
    const failed = await kickOf(sessionId);
    expect(failed).toMatchObject({ status: 'FAILED', attempts: 1 });

    const retried = await api.post(`/print-jobs/${failed!.id}/retry`, {});
    expect(retried.status).toBe(422);
    expect(retried.body.error.code).toBe('PRINT_DRAWER_KICK_NOT_RETRYABLE');
    expect((await jobs()).find((j) => j.id === failed!.id)).toMatchObject({ status: 'FAILED', attempts: 1 });
    // Nobody can act on it: it must not leave the store's printing check degraded for good.
    const failedDrawerKicks = (await jobs()).filter((j) => j.status === 'FAILED' && j.kind === 'drawer_kick').length;
    expect(failedDrawerKicks).toBeGreaterThan(0);
    expect((await app.ctx.health.report()).checks.printing).toMatchObject({ status: 'ok', failedJobs: 0 });
  });

  it('never opens a drawer late: not for a pulse left queued by a stop, nor for a cash movement the consumer reaches minutes after', async () => {
    const cashier4 = apiAs(app, PERMISSIONS, 'CASHIER', 'user-pos4');
    const sessionId = await openDrawer('POS-4', 10_000, cashier4);
    const kick = await kickOf(sessionId);
    const moved = await cashier4.post(`/cashier-sessions/${sessionId}/operations`, { type: 'DEPOSIT', amountCents: 500 });
    await kickOf(moved.body.data.id);
    await app.close();
    const printed = pulses(till1);

    // As if the appliance had stopped with the first pulse still queued, and before the
    // deposit's pulse was queued at all; it starts again ten minutes later.
    const db = new Database(join(dataDir, 'store.db'));
    db.prepare("UPDATE print_jobs SET status = 'QUEUED' WHERE id = ?").run(kick!.id);
    db.prepare("DELETE FROM print_jobs WHERE kind = 'drawer_kick' AND source_id = ?").run(moved.body.data.id);
    const depositSeq = db.prepare("SELECT seq FROM journal WHERE type = 'cashier.operation_recorded' ORDER BY seq DESC LIMIT 1").pluck().get() as number;
    db.prepare("UPDATE consumer_offsets SET seq = ? WHERE name = 'workflow-open-drawer'").run(depositSeq - 1);
    db.close();
    storeClock = { now: () => new Date(NOON_MONDAY.now().getTime() + 10 * 60_000) };
    app = await start();
    api = apiAs(app, PERMISSIONS, 'MANAGER');

    expect(await kickOf(sessionId)).toMatchObject({ status: 'FAILED', lastErrorCode: 'PRINT_DRAWER_KICK_STALE' });
    await waitUntil(
      'the drawer consumer caught up',
      async () => app.ctx.db.prepare("SELECT seq FROM consumer_offsets WHERE name = 'workflow-open-drawer'").pluck().get() as number,
      (seq) => seq >= app.ctx.journal.lastSeq(),
    );
    expect((await jobs()).some((j) => j.source?.id === moved.body.data.id)).toBe(false);
    expect(pulses(till1)).toBe(printed);
  });
});
