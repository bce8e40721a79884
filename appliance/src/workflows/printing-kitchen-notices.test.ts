import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import type { Clock } from '../kernel/clock.js';
import { droppingPort } from '../kernel/testing/dropping-port.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

/** Monday noon in the store, moving on in real time: the print queue's retries wait for their time to come. */
const started = Date.now();
const RUNNING_FROM_NOON: Clock = { now: () => new Date(NOON_MONDAY.now().getTime() + Date.now() - started) };

const PERMISSIONS = [...ROLE_PERMISSIONS.MANAGER, 'orders.create', 'orders.read', 'orders.confirm', 'kds.operate', 'printing.read', 'printing.manage', 'catalog.write'];
const MANAGER_PIN = { 'x-manager-override': 'gerente:1234' };
const NOTICE_CONSUMERS = ['workflow-print-kitchen-cancelled', 'workflow-print-kitchen-cancelled-late', 'workflow-print-kitchen-moved'];

interface Ticket {
  ticketId: string;
  station: string;
  kind: string;
}

/**
 * A station without a screen holds its tickets on paper: when an order is cancelled after its
 * ticket printed, or its lines move to another table, a slip on the station's printer tells the
 * cook. A station with a screen sees the change there and gets no slip.
 */
describe('kitchen slips for a paper station when a printed ticket is cancelled or moved', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-kitchen-notices-'));
  const fryerPrinter = new VirtualPrinterServer();
  const grillPrinter = new VirtualPrinterServer();
  // Paper speed: a ticket takes a moment to go in, so an order can be cancelled while it does.
  const slowFryerPrinter = new VirtualPrinterServer({ bytesPerSecond: 400 });
  let broken: Server;
  let app: TestAppliance;
  let api: Api;

  const start = async () => {
    app = await startTestAppliance(
      [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule({ retry: { baseDelayMs: 20, maxDelayMs: 100, failoverAfterAttempts: 9, maxAttempts: 2 } }), workflowsModule],
      { clock: RUNNING_FROM_NOON, dataDir, env: { CHEFIA_DEMO: '1' } },
    );
    api = apiAs(app, PERMISSIONS, 'MANAGER');
  };
  const put = async (path: string, body: unknown) => expect((await api.put(path, body)).status).toBe(200);
  const printerAt = (name: string, port: number) => ({ name, profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port } });
  const ticketStatus = (ticketId: string) => app.ctx.db.prepare('SELECT status FROM kitchen_tickets WHERE id = ?').pluck().get(ticketId) as string;
  const noticeJobs = () => app.ctx.db.prepare("SELECT dedupe_key FROM print_jobs WHERE kind = 'kitchen_notice' ORDER BY created_at, id").pluck().all() as string[];
  const tableLabel = (tableId: string) => app.ctx.db.prepare('SELECT label FROM dining_tables WHERE id = ?').pluck().get(tableId) as string;
  /** Every notice consumer has read the journal to its end: whatever it was going to queue is queued. */
  const noticesCaughtUp = () =>
    waitUntil(
      'the kitchen notice consumers caught up',
      async () => app.ctx.db.prepare(`SELECT MIN(seq) FROM consumer_offsets WHERE name IN (${NOTICE_CONSUMERS.map(() => '?').join(',')})`).pluck().get(...NOTICE_CONSUMERS) as number,
      (seq) => seq >= app.ctx.journal.lastSeq(),
    );
  const queueIdle = () =>
    waitUntil(
      'the print queue idle',
      async () => app.ctx.db.prepare("SELECT COUNT(*) FROM print_jobs WHERE status = 'QUEUED'").pluck().get() as number,
      (queued) => queued === 0,
    );
  const send = async (items: unknown[]) => {
    const sent = await api.post('/orders', { channel: 'COUNTER', items, confirm: true });
    expect(sent.status, JSON.stringify(sent.body)).toBe(201);
    return sent.body.data as { id: string; number: number; kitchenTickets: Ticket[] };
  };
  const stationTicket = (tickets: Ticket[], station: string) => tickets.find((t) => t.station === station && t.kind === 'STATION')!;
  const cancel = async (orderId: string, reason: string) => {
    const cancelled = await api.post(`/orders/${orderId}/cancel`, { reason }, MANAGER_PIN);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
  };
  const printedOnPaper = (ticketId: string) => waitUntil('the paper ticket printed and closed', async () => ticketStatus(ticketId), (status) => status === 'BUMPED');

  beforeAll(async () => {
    await fryerPrinter.start();
    await grillPrinter.start();
    await slowFryerPrinter.start();
    broken = await droppingPort();
    await start();
    await put('/printers/cozinha-1', printerAt('Fritadeira', fryerPrinter.port));
    await put('/printers/cozinha-2', printerAt('Chapa', grillPrinter.port));
    await put('/kds/stations/FRYER', { name: 'Fritadeira', capacity: 4, hasScreen: false, sortOrder: 2 });
    // The grill keeps its screen; its printer is there for copies asked for at the screen.
    await put('/print-routing', { receiptPrinterId: null, kitchenPrinters: { FRYER: 'cozinha-1', GRILL: 'cozinha-2' } });
  });

  afterAll(async () => {
    await app?.close();
    await fryerPrinter.stop();
    await grillPrinter.stop();
    await slowFryerPrinter.stop();
    broken?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints CANCELADO at the paper station with the order, its lines, the time and the reason when an order whose ticket printed is cancelled', async () => {
    const order = await send([{ productId: 'prod-fries', quantity: 2 }, { productId: 'prod-onion-rings', quantity: 1 }]);
    const fryer = stationTicket(order.kitchenTickets, 'FRYER');
    await printedOnPaper(fryer.ticketId);
    const printed = fryerPrinter.jobs.length;

    await cancel(order.id, 'cliente desistiu');
    const slip = (await fryerPrinter.recorder.waitForJobs(printed + 1)).at(-1)!.text;
    expect(slip).toContain('*** CANCELADO ***');
    expect(slip).toContain('COZINHA - FRITADEIRA');
    expect(slip).toContain(`PEDIDO ${order.number}`);
    expect(slip).toContain('Canal: Balcão');
    expect(slip).toContain('2x Batata frita');
    expect(slip).toContain('1x Anéis de cebola');
    expect(slip).toContain('Motivo: cliente desistiu');
    expect(slip).toMatch(/\b12:\d\d\b/);
    expect(noticeJobs()).toContain(`kitchen/${fryer.ticketId}/cancelled`);
  });

  it('prints nothing for a ticket that never printed: its printer was off when the order was cancelled', async () => {
    await put('/printers/cozinha-1', printerAt('Fritadeira', (broken.address() as { port: number }).port));
    try {
      const order = await send([{ productId: 'prod-fries', quantity: 1 }]);
      const fryer = stationTicket(order.kitchenTickets, 'FRYER');
      await waitUntil(
        'the ticket job failed',
        async () => app.ctx.db.prepare("SELECT status FROM print_jobs WHERE dedupe_key = ?").pluck().get(`kitchen/${fryer.ticketId}`) as string | undefined,
        (status) => status === 'FAILED',
      );
      const before = noticeJobs();
      await cancel(order.id, 'pedido duplicado');
      await noticesCaughtUp();
      expect(ticketStatus(fryer.ticketId)).toBe('VOIDED');
      expect(noticeJobs()).toEqual(before);
    } finally {
      await put('/printers/cozinha-1', printerAt('Fritadeira', fryerPrinter.port));
    }
  });

  it('follows a ticket that was on its way to the printer when its order was cancelled with the CANCELADO slip', async () => {
    await put('/printers/cozinha-1', printerAt('Fritadeira', slowFryerPrinter.port));
    try {
      const order = await send([{ productId: 'prod-onion-rings', quantity: 3 }]);
      const fryer = stationTicket(order.kitchenTickets, 'FRYER');
      await waitUntil(
        'the ticket on its way to the printer',
        async () => (await api.get('/print-jobs?status=PRINTING&printerId=cozinha-1')).body.data as { source: { id: string } | null }[],
        (jobs) => jobs.some((job) => job.source?.id === fryer.ticketId),
      );
      await cancel(order.id, 'mesa foi embora');
      const [ticket, slip] = (await slowFryerPrinter.recorder.waitForJobs(2)).map((job) => job.text);
      expect(ticket).toContain(`PEDIDO ${order.number}`);
      expect(ticket).not.toContain('CANCELADO');
      expect(slip).toContain('*** CANCELADO ***');
      expect(slip).toContain(`PEDIDO ${order.number}`);
      expect(slip).toContain('3x Anéis de cebola');
      expect(slip).toContain('Motivo: mesa foi embora');
      expect(noticeJobs()).toContain(`kitchen/${fryer.ticketId}/cancelled`);
    } finally {
      await put('/printers/cozinha-1', printerAt('Fritadeira', fryerPrinter.port));
    }
  });

  it('prints no slip at a station with a screen, even where a copy of its ticket was printed', async () => {
    const order = await send([{ productId: 'prod-classic-burger', quantity: 1, options: ['medium'] }]);
    const grill = stationTicket(order.kitchenTickets, 'GRILL');
    expect((await api.post(`/kds/GRILL/tickets/${grill.ticketId}/print`)).status).toBe(201);
    await grillPrinter.recorder.waitForJobs(1);
    const before = noticeJobs();

    await cancel(order.id, 'cliente desistiu');
    await noticesCaughtUp();
    await queueIdle();
    expect(noticeJobs()).toEqual(before);
    expect(grillPrinter.jobs.length).toBe(1);
  });

  it('prints TRANSFERIDO with both tables and only the lines that moved when lines of a printed ticket go to another table', async () => {
    const tab = (await api.post('/tables/table-1/tab', { guests: 2 })).body.data;
    const round = await api.post(`/tabs/${tab.id}/rounds`, { items: [{ productId: 'prod-fries', quantity: 1 }, { productId: 'prod-onion-rings', quantity: 1 }] });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    const fries = round.body.data.order.items.find((i: { productId: string }) => i.productId === 'prod-fries');
    await printedOnPaper(stationTicket(round.body.data.kitchenTickets, 'FRYER').ticketId);
    const printed = fryerPrinter.jobs.length;

    const moved = await api.post(`/tabs/${tab.id}/transfer-items`, { itemIds: [fries.itemId], toTableId: 'table-2' });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    const slip = (await fryerPrinter.recorder.waitForJobs(printed + 1)).at(-1)!.text;
    expect(slip).toContain('*** TRANSFERIDO ***');
    expect(slip).toContain(`Mesa ${tableLabel('table-1')} -> Mesa ${tableLabel('table-2')}`);
    const target = (await api.get(`/orders/${moved.body.data.to.primaryOrderId}`)).body.data;
    expect(slip).toContain(`PEDIDO ${target.number}`);
    expect(slip).toContain('1x Batata frita');
    expect(slip).not.toContain('Anéis de cebola');
    await queueIdle();
    expect(fryerPrinter.jobs.length).toBe(printed + 1);
  });

  it('replays the journal after a restart without printing any slip twice', async () => {
    await queueIdle();
    const jobsBefore = app.ctx.db.prepare('SELECT id FROM print_jobs ORDER BY id').pluck().all();
    const printed = { fryer: fryerPrinter.jobs.length, grill: grillPrinter.jobs.length };
    expect(noticeJobs().length).toBe(3);
    await app.close();
    // As if the process died before the notice consumers stored their cursors: every event comes again.
    const db = new Database(join(dataDir, 'store.db'));
    db.prepare(`UPDATE consumer_offsets SET seq = 0 WHERE name IN (${NOTICE_CONSUMERS.map(() => '?').join(',')})`).run(...NOTICE_CONSUMERS);
    db.close();

    await start();
    await noticesCaughtUp();
    await queueIdle();
    expect(app.ctx.db.prepare('SELECT id FROM print_jobs ORDER BY id').pluck().all()).toEqual(jobsBefore);
    expect({ fryer: fryerPrinter.jobs.length, grill: grillPrinter.jobs.length }).toEqual(printed);
  });
});
