import { prepareCached } from '../kernel/db/statements.js';
import type { z } from 'zod';
import { printRoutingSchema } from '../../contract/events/printing.js';
import type { Db } from '../kernel/db/open.js';
import { ok } from '../kernel/http/envelope.js';
import { runCommand } from '../kernel/http/command-route.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readJson } from '../kernel/http/validation.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';

/** The printer the demo store seeds (printing/demo-printer.ts), and the usual name of the till printer. */
export const DEFAULT_RECEIPT_PRINTER_ID = 'caixa-1';
const SETTINGS_KEY = 'printing.routing';

/** Which printer gets what the workflows print on their own; the shape is the journal contract's (`printing.routing_changed`). */
export { printRoutingSchema };

export type PrintRouting = z.infer<typeof printRoutingSchema>;
const printRoutingPatch = printRoutingSchema.partial();

/** The configured receipt printer (CHEFIA_RECEIPT_PRINTER) of the appliance owning each database. */
const configuredReceiptPrinters = new WeakMap<Db, string>();

/** Until the store sets its routing: the printer the DANFE goes to as well (workflows/fiscal-emission.ts). */
const defaultRouting = (db: Db): PrintRouting => ({
  receiptPrinterId: configuredReceiptPrinters.get(db) ?? DEFAULT_RECEIPT_PRINTER_ID,
  reportPrinterId: null,
  kitchenPrinters: {},
  tillPrinters: {},
});

export function readPrintRouting(db: Db): PrintRouting {
  const raw = prepareCached(db, 'SELECT value FROM settings WHERE key = ?').pluck().get(SETTINGS_KEY) as string | undefined;
  if (!raw) return defaultRouting(db);
  return { ...defaultRouting(db), ...printRoutingPatch.parse(JSON.parse(raw)) };
}

export const reportPrinterOf = (routing: PrintRouting): string | null => routing.reportPrinterId ?? routing.receiptPrinterId;

/** The printer at a till (its drawer hangs off it); the receipt printer for a till the routing does not name. */
export const tillPrinterOf = (routing: PrintRouting, terminalId: string | null | undefined): string | null =>
  (terminalId ? routing.tillPrinters?.[terminalId] : undefined) ?? routing.receiptPrinterId;

export function writePrintRouting(tx: CommandTx, patch: Partial<PrintRouting>): PrintRouting {
  const routing = { ...readPrintRouting(tx.db), ...patch };
  tx.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value')
    .run(SETTINGS_KEY, JSON.stringify(routing));
  tx.emit({ type: 'printing.routing_changed', aggregateType: 'store', aggregateId: 'printing-routing', payload: { routing } });
  return routing;
}

export function registerPrintRoutingRoutes(ctx: ModuleContext): void {
  configuredReceiptPrinters.set(ctx.db, ctx.config.receiptPrinterId);
  ctx.api.get('/print-routing', routeDoc({ tag: 'printing', summary: 'Which printer gets receipts, reports and kitchen tickets' , response: () => printRoutingSchema }), requirePermission('printing.read'), (c) => ok(c, readPrintRouting(ctx.db)));
  ctx.api.put('/print-routing', routeDoc({ tag: 'printing', summary: 'Change the print routing', body: printRoutingPatch , response: () => printRoutingSchema }), requirePermission('printing.manage'), async (c) => {
    const patch = await readJson(c, printRoutingPatch);
    return runCommand(c, 'printing.routing_change', (tx) => writePrintRouting(tx, patch));
  });
}
