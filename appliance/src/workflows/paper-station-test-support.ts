import { afterAll, beforeAll, expect } from 'vitest';
import { ROLE_PERMISSIONS } from '../auth/index.js';
import { VirtualPrinterServer } from '../devices/printer/virtual/server.js';
import type { Clock } from '../kernel/clock.js';
import { startTestAppliance, type TestAppliance } from '../kernel/testing/harness.js';
import { createPrintingModule } from '../printing/index.js';
import { workflowsModule } from './index.js';
import { apiAs, NOON_MONDAY, orderModules, type Api } from './test-support.js';

export interface KitchenTicketRef {
  ticketId: string;
  station: string;
  kind: string;
}

export interface PaperFryer {
  /** The fryer's printer (a virtual ESC/POS printer on TCP); `setStatus({ paperOut })` empties it. */
  printer: VirtualPrinterServer;
  app: TestAppliance;
  /** A manager who may also create, confirm and print. */
  api: Api;
  /** The print job of a kitchen ticket (its status and last error). */
  ticketJob(ticketId: string): { id: string; status: string; last_error_code: string | null } | undefined;
  tableLabel(tableId: string): string;
  /** The fryer's station ticket among an order's tickets. */
  fryerTicket(tickets: readonly KitchenTicketRef[]): KitchenTicketRef;
}

const PERMISSIONS = [...ROLE_PERMISSIONS.MANAGER, 'orders.create', 'orders.read', 'orders.confirm', 'kds.operate', 'printing.read', 'printing.manage'];

/**
 * The demo store whose fryer has no screen: its tickets print on its own printer, the print queue
 * retrying quickly, on a clock running from Monday noon (the queue's retries wait for their time).
 * Hooks registered in the calling `describe`.
 */
export function usePaperFryer(): PaperFryer {
  const started = Date.now();
  const runningFromNoon: Clock = { now: () => new Date(NOON_MONDAY.now().getTime() + Date.now() - started) };
  const paper = {
    printer: new VirtualPrinterServer(),
    ticketJob: (ticketId: string) =>
      paper.app.ctx.db.prepare('SELECT id, status, last_error_code FROM print_jobs WHERE dedupe_key = ?').get(`kitchen/${ticketId}`) as ReturnType<PaperFryer['ticketJob']>,
    tableLabel: (tableId: string) => paper.app.ctx.db.prepare('SELECT label FROM dining_tables WHERE id = ?').pluck().get(tableId) as string,
    fryerTicket: (tickets: readonly KitchenTicketRef[]) => tickets.find((t) => t.station === 'FRYER' && t.kind === 'STATION')!,
  } as PaperFryer;
  const put = async (path: string, body: unknown) => expect((await paper.api.put(path, body)).status).toBe(200);
  beforeAll(async () => {
    await paper.printer.start();
    paper.app = await startTestAppliance(
      [...orderModules().filter((m) => m !== workflowsModule), createPrintingModule({ retry: { baseDelayMs: 20, maxDelayMs: 100, failoverAfterAttempts: 9, maxAttempts: 2 } }), workflowsModule],
      { clock: runningFromNoon, env: { CHEFIA_DEMO: '1' } },
    );
    paper.api = apiAs(paper.app, PERMISSIONS, 'MANAGER');
    await put('/printers/cozinha-1', { name: 'Fritadeira', profileId: 'epson-tm-t20', connection: { type: 'tcp', host: '127.0.0.1', port: paper.printer.port } });
    await put('/kds/stations/FRYER', { name: 'Fritadeira', capacity: 4, hasScreen: false, sortOrder: 2 });
    await put('/print-routing', { receiptPrinterId: null, kitchenPrinters: { FRYER: 'cozinha-1' } });
  });
  afterAll(async () => {
    await paper.app?.close();
    await paper.printer.stop();
  });
  return paper;
}
