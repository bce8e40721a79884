import { z } from 'zod';
import { DocumentBuilder, type PrintDocument } from '../devices/printer/document.js';
import { lazySchema } from '../../contract/lazy-schema.js';

export const templateNames = ['customer_receipt', 'kitchen_ticket', 'day_report', 'cashier_close', 'card_slip'] as const;
export type TemplateName = (typeof templateNames)[number];

/**
 * What to print. Templates are rendered when the job prints, for the printer that prints it: a
 * kitchen ticket failing over from a 48-column to a 42-column printer is laid out for 42.
 */
export type PrintPayloadSpec = { template: TemplateName; data: unknown } | { document: PrintDocument };

/**
 * The pulse that opens a cash drawer hung on a printer's drawer port. Worth nothing late: a drawer
 * that opens minutes after the sale, with nobody at the till, is cash left out. So it is sent
 * once, to its own printer: never retried, never failed over (a backup printer is another till's
 * drawer), and resumed after a restart only while it is fresh (`DRAWER_KICK_FRESH_FOR_MS`).
 */
export const DRAWER_KICK_KIND = 'drawer_kick';

/**
 * How long after it was queued a drawer pulse still opens the drawer: the cashier is still at the
 * till with the change in hand. A pulse caught by a print-queue restart in that time opens the
 * drawer once the queue is back; one older than this is dropped.
 */
export const DRAWER_KICK_FRESH_FOR_MS = 60_000;

/** The job that opens a drawer: the pulse alone, on the printer the drawer hangs off. */
export const drawerKickJob = () => ({ kind: DRAWER_KICK_KIND, payload: { document: new DocumentBuilder(48).drawer().build() } }) satisfies { kind: string; payload: PrintPayloadSpec };

export const printOpSchema = lazySchema(() => z.discriminatedUnion('op', [
  z.object({ op: z.literal('text'), text: z.string() }),
  z.object({ op: z.literal('newline') }),
  z.object({ op: z.literal('bold'), on: z.boolean() }),
  z.object({ op: z.literal('size'), width: z.number().int().min(1).max(8), height: z.number().int().min(1).max(8) }),
  z.object({ op: z.literal('align'), align: z.enum(['left', 'center', 'right']) }),
  z.object({ op: z.literal('font'), font: z.enum(['A', 'B']) }),
  z.object({ op: z.literal('qr'), data: z.string().min(1).max(2000), moduleSize: z.number().int().min(1).max(16), errorLevel: z.enum(['L', 'M', 'Q', 'H']) }),
  z.object({ op: z.literal('feed'), lines: z.number().int().min(0).max(255) }),
  z.object({ op: z.literal('cut'), partial: z.boolean() }),
  z.object({ op: z.literal('drawer') }),
]));

export const payloadSpecSchema = lazySchema(() => z.union([
  z.object({ template: z.enum(templateNames), data: z.record(z.string(), z.unknown()) }).strict(),
  z.object({ document: z.object({ columns: z.number().int().min(16).max(96), ops: z.array(printOpSchema).max(5000) }) }).strict(),
]));

export type PrintJobStatus = 'QUEUED' | 'PRINTING' | 'DONE' | 'FAILED';

export interface PrintJob {
  id: string;
  kind: string;
  status: PrintJobStatus;
  requestedPrinterId: string;
  printerId: string;
  triedPrinterIds: string[];
  attempts: number;
  nextAttemptAt: string;
  lastErrorCode: string | null;
  lastError: string | null;
  source: { type: string; id: string } | null;
  dedupeKey: string | null;
  bytes: number | null;
  createdAt: string;
  updatedAt: string;
  printedAt: string | null;
}

export interface PrintJobRow {
  id: string;
  kind: string;
  payload: string;
  requested_printer_id: string;
  printer_id: string;
  tried_printer_ids: string;
  status: PrintJobStatus;
  attempts: number;
  attempts_on_printer: number;
  next_attempt_at: string;
  last_error_code: string | null;
  last_error: string | null;
  source_type: string | null;
  source_id: string | null;
  dedupe_key: string | null;
  bytes: number | null;
  created_at: string;
  updated_at: string;
  printed_at: string | null;
}

/** `sending`: the queue worker is sending the job right now (queue-worker.ts), which shows as PRINTING. */
export function toPrintJob(row: PrintJobRow, sending = false): PrintJob {
  return {
    id: row.id,
    kind: row.kind,
    status: sending && row.status === 'QUEUED' ? 'PRINTING' : row.status,
    requestedPrinterId: row.requested_printer_id,
    printerId: row.printer_id,
    triedPrinterIds: JSON.parse(row.tried_printer_ids) as string[],
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastErrorCode: row.last_error_code,
    lastError: row.last_error,
    source: row.source_type && row.source_id ? { type: row.source_type, id: row.source_id } : null,
    dedupeKey: row.dedupe_key,
    bytes: row.bytes,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    printedAt: row.printed_at,
  };
}
