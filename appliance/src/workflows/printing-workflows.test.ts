import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cashierModule } from '../cashier/index.js';
import { formatCents } from '../devices/printer/templates/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPaymentsModule } from '../payments/index.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';
import { waitUntil } from '../kernel/testing/wait-until.js';

type ManagerApi = Api & { put(path: string, body: unknown): Promise<{ status: number; body: any }> };

const CASHIER_PERMS = ['orders.create', 'orders.read', 'orders.confirm', 'cashier.operate', 'payments.capture'];
const MANAGER_PERMS = [...CASHIER_PERMS, 'business_day.manage', 'printing.read', 'printing.manage', 'catalog.write'];
const CONSUMERS = ['workflow-print-receipt', 'workflow-print-kitchen-ticket', 'workflow-print-day-report', 'workflow-print-cashier-close'];

interface JobView {
  id: string;
  kind: string;
  status: string;
  printerId: string;
  source: { type: string; id: string } | null;
}

function startStore(dataDir: string): Promise<TestAppliance> {
  const modules = [
    ...orderModules().filter((m) => m !== workflowsModule),
    createPrintingModule({ retry: { baseDelayMs: 20, maxDelayMs: 200, failoverAfterAttempts: 2, maxAttempts: 4 } }),
    cashierModule,
    createPaymentsModule(),
    workflowsModule,
  ];
  return startTestAppliance(modules, { clock: NOON_MONDAY, dataDir, env: { CHEFIA_DEMO: '1' } });
}


describe('printing workflows on the demo store, against virtual TCP printers', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-printing-'));
  const till = new VirtualPrinterServer();
  const fryer = new VirtualPrinterServer();
  let app: TestAppliance;
  let cashier: Api;
  let manager: ManagerApi;
  let kitchen: Api;
  let sessionId: string;
  let firstOrder: { id: string; number: number; totalCents: number };

  const jobs = async (): Promise<JobView[]> => (await manager.get('/print-jobs?size=100&sort=createdAt:asc')).body.data;
  /** The shared helper has no PUT; routing, printers and stations are PUT routes. */
  const managerOf = (store: TestAppliance): ManagerApi => {
    const authorization = store.bearer(MANAGER_PERMS, { role: 'MANAGER', id: 'user-manager' });
    const put = async (path: string, body: unknown) => {
      const res = await fetch(`${store.baseUrl}/api/v1${path}`, { method: 'PUT', headers: { 'content-type': 'application/json', authorization }, body: JSON.stringify(body) });
      return { status: res.status, body: await res.json() };
    };
    return { ...apiAs(store, MANAGER_PERMS, 'MANAGER'), put };
  };
  /** Every printing consumer has read the journal up to its current end. */
  const consumersCaughtUp = () =>
    waitUntil(
      'printing consumers',
      () => {
        const head = app.ctx.journal.lastSeq();
        const cursors = app.ctx.db.prepare(`SELECT seq FROM consumer_offsets WHERE name IN (${CONSUMERS.map(() => '?').join(',')})`).pluck().all(...CONSUMERS) as number[];
        return { head, cursors };
      },
      ({ head, cursors }) => cursors.length === CONSUMERS.length && cursors.every((seq) => seq >= head),
    );
  /** What came out on paper at the till: the drawer's pulses (workflows/printing-drawer.ts) print nothing. */
  const tillPaper = (count: number) =>
    waitUntil('paper at the till', async () => till.jobs.filter((job) => job.text.trim() !== '[DRAWER]'), (paper) => paper.length >= count);
  const settled = async () => {
    await consumersCaughtUp();
    return waitUntil('print jobs', () => jobs(), (list) => list.every((j) => j.status === 'DONE' || j.status === 'FAILED'));
  };

  async function paidCounterOrder(items: unknown[], tenderedCents: number) {
    const created = await cashier.post('/orders', { channel: 'COUNTER', items });
    expect(created.status).toBe(201);
    const order = created.body.data as { id: string; number: number; totalCents: number };
    expect((await cashier.post(`/orders/${order.id}/confirm`)).status).toBe(200);
    expect((await kitchen.post(`/orders/${order.id}/status`, { status: 'READY' })).status).toBe(200);
    const paid = await cashier.post(`/orders/${order.id}/payments`, { method: 'CASH', tenderedCents });
    expect(paid.status).toBe(201);
    expect(paid.body.data.order.status).toBe('COMPLETED');
    return order;
  }

  beforeAll(async () => {
    await till.start();
    await fryer.start();
    app = await startStore(dataDir);
    cashier = apiAs(app, CASHIER_PERMS, 'CASHIER');
    manager = managerOf(app);
    kitchen = apiAs(app, ['orders.fulfil', 'orders.read'], 'KITCHEN');
    const printer = (port: number) => ({ name: 'impressora', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port } });
    expect((await manager.put('/printers/balcao-1', printer(till.port))).status).toBe(200);
    expect((await manager.put('/printers/cozinha-1', printer(fryer.port))).status).toBe(200);
    // The fryer has no screen: its tickets go to paper.
    const station = { name: 'Fritadeira', capacity: 4, hasScreen: false, sortOrder: 2 };
    expect((await manager.put('/kds/stations/FRYER', station)).status).toBe(200);
    const routing = await manager.put('/print-routing', { receiptPrinterId: 'balcao-1', kitchenPrinters: { FRYER: 'cozinha-1' } });
    expect(routing.status).toBe(200);
    expect(routing.body.data).toEqual({ receiptPrinterId: 'balcao-1', reportPrinterId: null, kitchenPrinters: { FRYER: 'cozinha-1' }, tillPrinters: {} });
    const opened = await cashier.post('/cashier-sessions', { terminalId: 'POS-1', openingFloatCents: 10_000 });
    expect(opened.status).toBe(201);
    sessionId = opened.body.data.id;
  });

  afterAll(async () => {
    await app?.close();
    await till.stop();
    await fryer.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints one receipt with the items, tenders and total of an order paid in cash, and the fryer ticket on paper', async () => {
    firstOrder = await paidCounterOrder([{ productId: 'prod-fries', quantity: 2 }, { productId: 'prod-coke', quantity: 1 }], 10_000);
    const list = await settled();
    const receipts = list.filter((j) => j.kind === 'customer_receipt');
    expect(receipts).toEqual([expect.objectContaining({ status: 'DONE', printerId: 'balcao-1', source: { type: 'order', id: firstOrder.id } })]);
    // Only the screenless fryer prints; the drinks station (coke) has a screen.
    const tickets = list.filter((j) => j.kind === 'kitchen_ticket');
    expect(tickets).toEqual([expect.objectContaining({ status: 'DONE', printerId: 'cozinha-1' })]);

    const [receipt] = await tillPaper(1);
    expect(receipt.aborted).toBe(false);
    expect(receipt.text).toContain(`Pedido nº ${firstOrder.number}`);
    expect(receipt.text).toContain('2x Batata frita');
    expect(receipt.text).toContain('1x Coca-Cola lata 350 ml');
    expect(receipt.text).toMatch(new RegExp(`TOTAL +${formatCents(firstOrder.totalCents).replace(/[$.]/g, '\\$&')}`));
    expect(receipt.text).toContain(formatCents(10_000 - firstOrder.totalCents)); // change
    expect(receipt.text).toContain('Operador: Teste');

    const [ticket] = await fryer.recorder.waitForJobs(1);
    expect(ticket.text).toContain(`PEDIDO ${firstOrder.number}`);
    expect(ticket.text).toContain('Batata frita');
    expect(ticket.text).not.toContain('Coca-Cola');
  });

  it('skips a receipt with a warning when its printer does not exist, and keeps printing what comes after', async () => {
    const routing = await manager.put('/print-routing', { receiptPrinterId: 'nao-existe', reportPrinterId: 'balcao-1' });
    expect(routing.status).toBe(200);
    const order = await paidCounterOrder([{ productId: 'prod-onion-rings', quantity: 1 }], 2000);
    const cashSales = firstOrder.totalCents + order.totalCents;
    const close = await cashier.post(`/cashier-sessions/${sessionId}/close`, { counted: { CASH: 10_000 + cashSales } });
    expect(close.status).toBe(200);
    const list = await settled();
    expect(list.filter((j) => j.kind === 'customer_receipt').map((j) => j.source?.id)).toEqual([firstOrder.id]);
    expect(list.filter((j) => j.kind === 'kitchen_ticket')).toHaveLength(2); // the onion rings still reached the fryer
    expect(list.filter((j) => j.kind === 'cashier_close')).toEqual([
      expect.objectContaining({ status: 'DONE', printerId: 'balcao-1', source: { type: 'cashier_session', id: sessionId } }),
    ]);
    const [, slip] = await tillPaper(2);
    expect(slip.text).toContain('POS-1');
    expect(slip.text).toContain(formatCents(10_000 + cashSales)); // expected cash equals what was counted
  });

  it('prints the Z report once when the business day closes', async () => {
    const closed = await manager.post('/business-days/current/close');
    expect(closed.status).toBe(200);
    const report = closed.body.data.report as { sales: { ordersCount: number; netCents: number }; businessDayId: string };
    const list = await settled();
    expect(list.filter((j) => j.kind === 'day_report')).toEqual([
      expect.objectContaining({ status: 'DONE', printerId: 'balcao-1', source: { type: 'business_day', id: report.businessDayId } }),
    ]);
    const [, , z] = await tillPaper(3);
    expect(report.sales.ordersCount).toBe(2);
    expect(z.text).toContain(formatCents(report.sales.netCents));
    expect(z.text).toContain('Batata frita');
  });

  it('replays the whole journal after a restart without printing anything twice', async () => {
    const before = await jobs();
    const printed = { till: till.jobs.length, fryer: fryer.jobs.length };
    await app.close();
    // As if the process died before any consumer stored its cursor: every event is delivered again.
    const db = new Database(join(dataDir, 'store.db'));
    db.prepare(`UPDATE consumer_offsets SET seq = 0 WHERE name IN (${CONSUMERS.map(() => '?').join(',')})`).run(...CONSUMERS);
    db.close();

    app = await startStore(dataDir);
    manager = managerOf(app);
    const after = await settled();
    expect(after.map((j) => j.id)).toEqual(before.map((j) => j.id));
    expect(after.every((j) => j.status === 'DONE')).toBe(true);
    expect({ till: till.jobs.length, fryer: fryer.jobs.length }).toEqual(printed);
  });
});
