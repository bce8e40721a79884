/**
 * A fryer without a screen holds its tickets on paper. When the guests of table 1 move to table 2
 * with their whole tab, the fryer cook must learn it as for lines moved to another table: a ticket
 * already printed gets a TRANSFERIDO slip naming both tables, and a ticket still waiting for paper
 * comes out once, under table 2.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import type { Clock } from '../kernel/clock.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

/** Monday noon in the store, moving on in real time: the print queue's retries wait for their time to come. */
const started = Date.now();
const RUNNING_FROM_NOON: Clock = { now: () => new Date(NOON_MONDAY.now().getTime() + Date.now() - started) };

const PERMISSIONS = [...ROLE_PERMISSIONS.MANAGER, 'orders.create', 'orders.read', 'orders.confirm', 'kds.operate', 'printing.read', 'printing.manage'];

interface Ticket {
  ticketId: string;
  station: string;
  kind: string;
}

describe('a paper station when a whole tab moves to another table', () => {
  const fryerPrinter = new VirtualPrinterServer();
  let app: TestAppliance;
  let api: Api;

  const put = async (path: string, body: unknown) => expect((await api.put(path, body)).status).toBe(200);
  const ticketJob = (ticketId: string) =>
    app.ctx.db.prepare('SELECT id, status, last_error_code FROM print_jobs WHERE dedupe_key = ?').get(`kitchen/${ticketId}`) as { id: string; status: string; last_error_code: string | null } | undefined;
  const ticketStatus = (ticketId: string) => app.ctx.db.prepare('SELECT status FROM kitchen_tickets WHERE id = ?').pluck().get(ticketId) as string;
  const tableLabel = (tableId: string) => app.ctx.db.prepare('SELECT label FROM dining_tables WHERE id = ?').pluck().get(tableId) as string;
  const fryerTicket = (tickets: Ticket[]) => tickets.find((t) => t.station === 'FRYER' && t.kind === 'STATION')!;
  const openTab = async (tableId: string, items: unknown[]) => {
    const tab = (await api.post(`/tables/${tableId}/tab`, { guests: 2 })).body.data;
    const round = await api.post(`/tabs/${tab.id}/rounds`, { items });
    expect(round.status, JSON.stringify(round.body)).toBe(200);
    return { tab, order: round.body.data.order as { number: number }, fryer: fryerTicket(round.body.data.kitchenTickets) };
  };
  const moveTab = async (tabId: string, toTableId: string) => {
    const moved = await api.post(`/tabs/${tabId}/transfer`, { toTableId });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
  };

  beforeAll(async () => {
    await fryerPrinter.start();
    app = await startTestAppliance(
      [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule({ retry: { baseDelayMs: 20, maxDelayMs: 100, failoverAfterAttempts: 9, maxAttempts: 2 } }), workflowsModule],
      { clock: RUNNING_FROM_NOON, env: { CHEFIA_DEMO: '1' } },
    );
    api = apiAs(app, PERMISSIONS, 'MANAGER');
    await put('/printers/cozinha-1', { name: 'Fritadeira', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: fryerPrinter.port } });
    await put('/kds/stations/FRYER', { name: 'Fritadeira', capacity: 4, hasScreen: false, sortOrder: 2 });
    await put('/print-routing', { receiptPrinterId: null, kitchenPrinters: { FRYER: 'cozinha-1' } });
  });

  afterAll(async () => {
    await app?.close();
    await fryerPrinter.stop();
  });

  it('prints TRANSFERIDO with both tables for a ticket already on paper', async () => {
    const { tab, order, fryer } = await openTab('table-1', [{ productId: 'prod-fries', quantity: 1 }]);
    await waitUntil('the paper ticket printed and closed', async () => ticketStatus(fryer.ticketId), (status) => status === 'BUMPED');
    const printed = fryerPrinter.jobs.length;

    await moveTab(tab.id, 'table-2');
    const slip = (await fryerPrinter.recorder.waitForJobs(printed + 1)).at(-1)!.text;
    expect(slip).toContain('*** TRANSFERIDO ***');
    expect(slip).toContain(`Mesa ${tableLabel('table-1')} -> Mesa ${tableLabel('table-2')}`);
    expect(slip).toContain(`PEDIDO ${order.number}`);
    expect(slip).toContain('1x Batata frita');
  });

  it('prints a ticket still waiting for paper once, under the new table, with no slip', async () => {
    const printedBefore = fryerPrinter.jobs.length;
    fryerPrinter.setStatus({ paperOut: true });
    const { tab, order, fryer } = await openTab('table-3', [{ productId: 'prod-onion-rings', quantity: 2 }]);
    await waitUntil('the ticket waiting for paper', async () => ticketJob(fryer.ticketId), (job) => job?.status === 'QUEUED' && job.last_error_code === 'PRINTER_NOT_READY');

    await moveTab(tab.id, 'table-4');
    fryerPrinter.setStatus({ paperOut: false });
    await waitUntil('the ticket printed', async () => fryerPrinter.jobs.map((job) => job.text).slice(printedBefore), (texts) => texts.some((text) => text.includes(`PEDIDO ${order.number}`)));
    await waitUntil('the queue idle', async () => app.ctx.db.prepare("SELECT COUNT(*) FROM print_jobs WHERE status = 'QUEUED'").pluck().get() as number, (n) => n === 0);
    const printed = fryerPrinter.jobs.map((job) => job.text).slice(printedBefore);
    expect(printed).toHaveLength(1);
    expect(printed[0]).toContain(`Mesa ${tableLabel('table-4')}`);
    expect(printed[0]).not.toContain(`Mesa ${tableLabel('table-3')}`);
    expect(printed[0]).not.toContain('TRANSFERIDO');
  });
});
