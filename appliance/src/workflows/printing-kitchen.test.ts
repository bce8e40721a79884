import { mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import { droppingPort } from '../kernel/testing/dropping-port.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { waitUntil } from '../kernel/testing/wait-until.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import type { Clock } from '../kernel/clock.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

/** Monday noon in the store, moving on in real time: the print queue's retries wait for their time to come. */
const started = Date.now();
const RUNNING_FROM_NOON: Clock = { now: () => new Date(NOON_MONDAY.now().getTime() + Date.now() - started) };

const PERMISSIONS = ['orders.create', 'orders.read', 'orders.confirm', 'kds.operate', 'printing.read', 'printing.manage', 'catalog.read', 'catalog.write'];

interface Sent {
  id: string;
  createdAt: string;
  kitchenTickets: { ticketId: string; station: string; kind: string; fireAt: string }[];
}

describe('kitchen tickets on paper, for a station without a screen', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'chefia-paper-tickets-'));
  const fryerPrinter = new VirtualPrinterServer();
  let broken: Server;
  let app: TestAppliance;
  let api: Api;

  const put = async (path: string, body: unknown) => expect((await api.put(path, body)).status).toBe(200);
  const printerAt = (port: number) => ({ name: 'Cozinha', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port } });
  const send = async (items: unknown[]): Promise<Sent> => {
    const sent = await api.post('/orders', { channel: 'COUNTER', items, confirm: true });
    expect(sent.body.error ?? null).toBeNull();
    expect(sent.status).toBe(201);
    return sent.body.data;
  };
  const ticketOf = (order: Sent, station: string) => order.kitchenTickets.find((t) => t.station === station && t.kind === 'STATION')!;
  const ticketStatus = (ticketId: string) => app.ctx.db.prepare('SELECT status FROM kitchen_tickets WHERE id = ?').pluck().get(ticketId) as string;
  const orderStatus = async (orderId: string) => (await api.get(`/orders/${orderId}`)).body.data.status as string;
  const jobOf = async (ticketId: string) =>
    waitUntil(
      'the paper ticket job',
      async () => ((await api.get('/print-jobs?size=100')).body.data as { id: string; status: string; source: { id: string } | null }[]).find((j) => j.source?.id === ticketId),
      (job) => job !== undefined && (job.status === 'DONE' || job.status === 'FAILED'),
    );

  beforeAll(async () => {
    await fryerPrinter.start();
    broken = await droppingPort();
    app = await startTestAppliance(
      [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule({ retry: { baseDelayMs: 20, maxDelayMs: 100, failoverAfterAttempts: 9, maxAttempts: 2 } }), workflowsModule],
      { clock: RUNNING_FROM_NOON, dataDir, env: { CHEFIA_DEMO: '1' } },
    );
    api = apiAs(app, PERMISSIONS, 'MANAGER');
    await put('/printers/cozinha-1', printerAt(fryerPrinter.port));
    await put('/kds/stations/FRYER', { name: 'Fritadeira', capacity: 4, hasScreen: false, sortOrder: 2 });
    await put('/print-routing', { receiptPrinterId: null, kitchenPrinters: { FRYER: 'cozinha-1' } });
  });

  afterAll(async () => {
    await app?.close();
    await fryerPrinter.stop();
    broken?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('prints when to start a held ticket, closes it once printed, and leaves the order to the screens that still have work', async () => {
    const order = await send([{ productId: 'prod-veggie-burger', quantity: 1 }, { productId: 'prod-fries', quantity: 1 }]);
    const fries = ticketOf(order, 'FRYER');
    // prep-sync: the 5-minute fries start 3 minutes after the 8-minute burger, so both are done together.
    expect(Date.parse(fries.fireAt) - Date.parse(order.createdAt)).toBe(180_000);
    const [paper] = await fryerPrinter.recorder.waitForJobs(1);
    expect(paper.text).toContain('COZINHA - FRITADEIRA');
    expect(paper.text).toContain('INICIAR ÀS 12:03');
    expect(paper.text).toContain('Batata frita');
    expect(paper.text).not.toContain('Burger vegetariano');

    await waitUntil('the fryer ticket closed', async () => ticketStatus(fries.ticketId), (status) => status === 'BUMPED');
    expect(ticketStatus(ticketOf(order, 'GRILL').ticketId)).toBe('OPEN');
    expect(await orderStatus(order.id)).not.toBe('READY');

    const bumped = await api.post('/kds/GRILL/commands', { ticketId: ticketOf(order, 'GRILL').ticketId, action: 'bump' });
    expect(bumped.status).toBe(200);
    expect(await orderStatus(order.id)).toBe('READY');
  });

  it('prints each dish that starts after the ticket with its own start time, so the cook does not fry everything at once', async () => {
    // Rings that take 7 minutes and fries that take 5, beside the 8-minute burger: rings at 12:01, fries at 12:03.
    const rings = (await api.get('/products/prod-onion-rings')).body.data;
    const { categoryId, sku, name, type, priceCents, fiscal, version } = rings;
    expect((await api.put('/products/prod-onion-rings', { categoryId, sku, name, type, priceCents, fiscal, version, prepSeconds: 420 })).status).toBe(200);
    const printedBefore = fryerPrinter.jobs.length;
    await send([{ productId: 'prod-veggie-burger', quantity: 1 }, { productId: 'prod-onion-rings', quantity: 1 }, { productId: 'prod-fries', quantity: 1 }]);
    const paper = (await fryerPrinter.recorder.waitForJobs(printedBefore + 1)).at(-1)!.text;
    const lines = paper.split('\n').map((line) => line.trim());
    expect(lines.filter((line) => line.startsWith('INICIAR ÀS'))).toEqual(['INICIAR ÀS 12:01', 'INICIAR ÀS 12:03']);
    // The fries' own start is printed under the fries, the rings start with the ticket.
    expect(lines.indexOf('INICIAR ÀS 12:03')).toBe(lines.findIndex((line) => line.endsWith('Batata frita')) + 1);
  });

  it('makes an order only the paper station prepares READY once its ticket printed', async () => {
    const order = await send([{ productId: 'prod-onion-rings', quantity: 2 }]);
    await waitUntil('the order ready', () => orderStatus(order.id), (status) => status === 'READY');
    expect(ticketStatus(ticketOf(order, 'FRYER').ticketId)).toBe('BUMPED');
  });

  it('keeps the ticket open while its printer cannot print, and closes it when a retry prints it', async () => {
    await put('/printers/cozinha-1', printerAt((broken.address() as { port: number }).port));
    const order = await send([{ productId: 'prod-fries', quantity: 1 }]);
    const fries = ticketOf(order, 'FRYER');
    const failed = await jobOf(fries.ticketId);
    expect(failed!.status).toBe('FAILED');
    expect(ticketStatus(fries.ticketId)).toBe('OPEN');
    expect(await orderStatus(order.id)).toBe('CONFIRMED');

    await put('/printers/cozinha-1', printerAt(fryerPrinter.port));
    expect((await api.post(`/print-jobs/${failed!.id}/retry`)).status).toBe(200);
    await waitUntil('the order ready', () => orderStatus(order.id), (status) => status === 'READY');
    expect(ticketStatus(fries.ticketId)).toBe('BUMPED');
  });

  it('reprints a ticket on its station printer, once per request, marked as a reprint', async () => {
    const order = await send([{ productId: 'prod-veggie-burger', quantity: 1 }, { productId: 'prod-onion-rings', quantity: 1 }]);
    const rings = ticketOf(order, 'FRYER');
    await waitUntil('the rings ticket closed', async () => ticketStatus(rings.ticketId), (status) => status === 'BUMPED');
    const printedBefore = fryerPrinter.jobs.length;

    const key = { 'idempotency-key': 'reprint-rings-1' };
    const first = await api.post(`/kds/FRYER/tickets/${rings.ticketId}/print`, undefined, key);
    expect(first.status).toBe(201);
    expect(first.body.data).toMatchObject({ kind: 'kitchen_ticket', printerId: 'cozinha-1' });
    const retried = await api.post(`/kds/FRYER/tickets/${rings.ticketId}/print`, undefined, key);
    expect(retried.body.data.jobId).toBe(first.body.data.jobId);

    const copies = await fryerPrinter.recorder.waitForJobs(printedBefore + 1);
    expect(copies.at(-1)!.text).toContain('REIMPRESSÃO');
    expect(copies.at(-1)!.text).toContain('Anéis de cebola');
    expect((await jobOf(rings.ticketId))!.status).toBe('DONE');
    // A reprint of a closed ticket does not reopen it, and one more request is one more copy.
    expect(ticketStatus(rings.ticketId)).toBe('BUMPED');
    expect((await api.post(`/kds/FRYER/tickets/${rings.ticketId}/print`)).status).toBe(201);
    await fryerPrinter.recorder.waitForJobs(printedBefore + 2);

    const elsewhere = await api.post(`/kds/GRILL/tickets/${rings.ticketId}/print`);
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.body.error.code).toBe('KITCHEN_TICKET_NOT_FOUND');
    const noPrinter = await api.post(`/kds/GRILL/tickets/${ticketOf(order, 'GRILL').ticketId}/print`);
    expect(noPrinter.status).toBe(422);
    expect(noPrinter.body.error).toMatchObject({ code: 'PRINT_KITCHEN_PRINTER_MISSING', message: expect.stringContaining('Chapa') });
    expect(fryerPrinter.jobs.length).toBe(printedBefore + 2);
  });

  it('reprints only what is still to cook: a voided line is left off, a voided ticket is not printed', async () => {
    await put('/print-routing', { kitchenPrinters: { FRYER: 'cozinha-1', GRILL: 'cozinha-1' } });
    try {
      const order = await send([{ productId: 'prod-classic-burger', quantity: 1, options: ['medium'] }, { productId: 'prod-veggie-burger', quantity: 1 }]);
      const grill = ticketOf(order, 'GRILL');
      const veggie = (await api.get(`/kds/GRILL/tickets`)).body.data.find((t: { ticketId: string }) => t.ticketId === grill.ticketId).items.find((i: { name: string }) => i.name === 'Burger vegetariano');
      expect((await api.post('/kds/GRILL/commands', { ticketId: grill.ticketId, itemId: veggie.itemId, action: 'void' })).status).toBe(200);
      const printedBefore = fryerPrinter.jobs.length;
      expect((await api.post(`/kds/GRILL/tickets/${grill.ticketId}/print`)).status).toBe(201);
      const copy = (await fryerPrinter.recorder.waitForJobs(printedBefore + 1)).at(-1)!.text;
      expect(copy).toContain('X-Burger clássico');
      expect(copy).not.toContain('Burger vegetariano');

      expect((await api.post('/kds/GRILL/commands', { ticketId: grill.ticketId, action: 'void' })).status).toBe(200);
      const refused = await api.post(`/kds/GRILL/tickets/${grill.ticketId}/print`);
      expect([refused.status, refused.body.error?.code]).toEqual([409, 'KITCHEN_TICKET_VOIDED']);
      expect(fryerPrinter.jobs.length).toBe(printedBefore + 1);
    } finally {
      await put('/print-routing', { kitchenPrinters: { FRYER: 'cozinha-1' } });
    }
  });
});
