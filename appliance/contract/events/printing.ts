import { z } from 'zod';
import { defineEvent } from '../define-event.js';
import { lazySchema } from '../lazy-schema.js';

/** How the store wired one printer: which profile, which port. Serial ports appear only here, never by probing. */
export const printerConfigSchema = lazySchema(() => z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  profileId: z.string().min(1),
  connection: z.discriminatedUnion('type', [
    z.object({ type: z.literal('tcp'), host: z.string().min(1), port: z.number().int().min(1).max(65535).default(9100) }),
    z.object({ type: z.literal('serial'), path: z.string().min(1), baudRate: z.number().int().positive().optional() }),
    z.object({ type: z.literal('usb'), serialNumber: z.string().optional() }),
  ]),
  /** Another printer id that takes this printer's jobs when it fails. */
  backupPrinterId: z.string().optional(),
}));

const printerId = lazySchema(() => z.string().min(1).max(64));

/** Which printer gets what the workflows print on their own (docs/devices.md "What prints when"). */
export const printRoutingSchema = lazySchema(() => z
  .object({
    /** null: the store prints no customer receipts. */
    receiptPrinterId: printerId.nullable(),
    /** Z report and drawer close slips; null: the receipt printer. */
    reportPrinterId: printerId.nullable(),
    /** Kitchen station code → printer, for stations without a KDS screen. */
    kitchenPrinters: z.record(z.string().min(1).max(40), printerId),
    /** Terminal id → the printer at that till, whose drawer port holds its cash drawer; a till missing here uses the receipt printer. */
    tillPrinters: z.record(z.string().min(1).max(64), printerId).optional(),
  })
  .strict());

const job = () => ({
  jobId: z.string(),
  kind: z.string(),
  printerId: z.string(),
  requestedPrinterId: z.string(),
  status: z.enum(['QUEUED', 'PRINTING', 'DONE', 'FAILED']),
  /** Attempts so far, this one included. */
  attempts: z.number().int(),
  source: z.object({ type: z.string(), id: z.string() }).nullable(),
});

export const printingEvents = [
  defineEvent('printer.configured', 'printer', () => z.object({ printer: printerConfigSchema }), 'A printer was added or changed.'),
  defineEvent('printing.routing_changed', 'store', () => z.object({ routing: printRoutingSchema }), 'The print routing changed (workflows/printing-routing.ts).'),
  defineEvent(
    'print_job.queued',
    'print_job',
    () => z.object({ ...job(), resumedAfterRestart: z.literal(true).optional(), retriedBy: z.string().nullable().optional() }),
    'A job waits for its printer; also after a restart (`resumedAfterRestart`) or a retry by a person (`retriedBy`).',
  ),
  // Store journals are append-only and replicated as they are: the events of earlier releases stay readable.
  defineEvent(
    'print_job.printing',
    'print_job',
    () => z.object(job()),
    'Earlier releases only: a job handed to its printer. A job being sent is now held by the queue worker in memory (`GET /print-jobs?status=PRINTING`), and the attempt is counted in the event of its outcome.',
  ),
  defineEvent('print_job.done', 'print_job', () => z.object({ ...job(), bytes: z.number().int() }), 'The printer acknowledged the job (`bytes` sent).'),
  defineEvent(
    'print_job.retry_scheduled',
    'print_job',
    () => z.object({ ...job(), errorCode: z.string(), nextAttemptAt: z.string() }),
    'An attempt failed; the job tries again at `nextAttemptAt`.',
  ),
  defineEvent(
    'print_job.failed_over',
    'print_job',
    () => z.object({ ...job(), fromPrinterId: z.string(), errorCode: z.string() }),
    'The job moved to the backup printer (`printerId` is now the backup).',
  ),
  defineEvent(
    'print_job.failed',
    'print_job',
    () => z.object({ ...job(), errorCode: z.string(), error: z.string().nullable() }),
    'The job gave up and needs a person (`POST /print-jobs/{id}/retry`), or was withdrawn before it printed (`errorCode` `PRINT_JOB_WITHDRAWN`: the personal data it printed was erased; `PRINT_JOB_OUTDATED`: a kitchen ticket its order\'s cancel, a move or a cancelled dish made out of date); `error` is the pt-BR text of `errorCode`.',
  ),
] as const;
