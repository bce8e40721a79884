import { prepareCached } from '../kernel/db/statements.js';
import type { Printer } from '../devices/printer/printer.js';
import type { PrinterConfig } from '../devices/printer/printer-config.js';
import type { PrinterProfile } from '../devices/profiles/schema.js';
import type { Clock } from '../kernel/clock.js';
import type { Db } from '../kernel/db/open.js';
import type { CommandBus } from '../kernel/journal/command-bus.js';
import type { MessageCatalog } from '../kernel/i18n/catalog.js';
import type { Logger } from '../kernel/logger.js';
import type { PiiKeyring } from '../kernel/pii/keyring.js';
import type { Translate } from '../devices/printer/templates/index.js';
import { loadJob, markDone, recordFailure, type RetryPolicy } from './job-commands.js';
import type { PrintJobRow, PrintPayloadSpec } from './print-job.js';
import { printFailureOf } from './print-failure.js';
import { renderJob } from './render-job.js';
import { findPrinterConfig } from './printer-store.js';
import { sealedPrintPayloads } from './sealed-payload.js';

export interface PrinterResolver {
  printerFor(config: PrinterConfig): { printer: Printer; profile: PrinterProfile };
}

export interface QueueWorkerDeps {
  db: Db;
  commands: CommandBus;
  clock: Clock;
  logger: Logger;
  keyring: PiiKeyring;
  policy: RetryPolicy;
  resolver: PrinterResolver;
  timeZone: string;
  t: Translate;
  /** The store's catalog: what a failed job says to the back office. */
  messages: MessageCatalog;
}

const SYSTEM = { type: 'system' as const, id: 'print-queue' };
/**
 * A printed job's DONE waits this long for a batch the till's next action starts rather than
 * paying a commit and an fsync of its own (two of a counter order's nine commits). Nothing waits on
 * it: the printer is already free, and a power cut in the wait reprints the job at the next start,
 * as one in its fsync always could.
 */
const DONE_SHARES_COMMIT_WITHIN_MS = 50;

/**
 * Drains the print queue: one job at a time per printer (tickets come out in order), printers in
 * parallel. Every outcome is a journaled command; printing itself happens between commands, never
 * inside a transaction.
 *
 * Which job a printer is sending is held here, in memory, not committed as a state of its own: a
 * durable "printing" state would cost every ticket and receipt a commit more (its WAL pages on the
 * store's flash, and its fsync when no other command shares it), and would change nothing after a
 * crash, since a job caught mid-print must print again whether it was marked or not. The API shows these jobs as PRINTING (`printingJobIds`).
 */
export class PrintQueueWorker {
  /** Printer id → the job it is sending. */
  private readonly busy = new Map<string, string>();
  /**
   * Jobs the printer acknowledged whose DONE is being committed: still QUEUED in SQLite until
   * then, so `kick` must not send them again. Their printer is already free (see `attempt`).
   */
  private readonly finishing = new Set<string>();
  private readonly running = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly deps: QueueWorkerDeps) {}

  kick(): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const now = this.deps.clock.now().toISOString();
    // Ids only: a kick comes with every queued and every finished job, and a queue that grew while a
    // printer was slow must not have every waiting job's document read back each time.
    const due = prepareCached(this.deps.db, "SELECT id, printer_id FROM print_jobs WHERE status = 'QUEUED' AND next_attempt_at <= ? ORDER BY created_at, id")
      .all(now) as Pick<PrintJobRow, 'id' | 'printer_id'>[];
    for (const { id, printer_id } of due) {
      if (this.busy.has(printer_id) || this.finishing.has(id)) continue;
      this.busy.set(printer_id, id);
      const row = loadJob(this.deps.db, id);
      const run = this.process(row).finally(() => {
        this.freePrinter(printer_id, id);
        this.running.delete(run);
      });
      this.running.add(run);
    }
    this.scheduleNext(now);
  }

  /** The jobs being sent to their printers right now, and the printed ones whose DONE is not committed yet. */
  printingJobIds(): string[] {
    return [...this.busy.values(), ...this.finishing];
  }

  /** The printer takes its next job (once, whichever of the job's outcome or its acknowledgement comes first). */
  private freePrinter(printerId: string, jobId: string): void {
    if (this.busy.get(printerId) !== jobId) return;
    this.busy.delete(printerId);
    this.kick();
  }

  private scheduleNext(now: string): void {
    const next = prepareCached(this.deps.db, "SELECT min(next_attempt_at) FROM print_jobs WHERE status = 'QUEUED' AND next_attempt_at > ?")
      .pluck()
      .get(now) as string | null;
    if (!next || this.stopped) return;
    const delay = Math.max(0, new Date(next).getTime() - this.deps.clock.now().getTime());
    this.timer = setTimeout(() => this.kick(), delay);
    this.timer.unref();
  }

  private async process(row: PrintJobRow): Promise<void> {
    try {
      await this.attempt(row);
    } catch (err) {
      // The outcome could not be committed (the command bus closes on shutdown): the job stays
      // QUEUED in SQLite and prints on the next start.
      this.deps.logger.warn({ jobId: row.id, err: (err as Error).message }, 'print job left for the next start');
    }
  }

  private async attempt(row: PrintJobRow): Promise<void> {
    const { commands, policy, logger } = this.deps;
    let bytes: number;
    try {
      // Paper cannot be taken back: the job read must be on stable storage before it prints.
      await commands.durable();
      bytes = (await this.print(row)).bytes;
    } catch (err) {
      const failure = printFailureOf(err, this.deps.messages);
      const job = await commands.run('print_job.attempt_failed', (tx) => recordFailure(tx, row.id, { code: failure.code, message: failure.text }, policy), { actor: SYSTEM });
      const log = job.status === 'FAILED' ? logger.error.bind(logger) : logger.warn.bind(logger);
      log({ jobId: job.id, printerId: row.printer_id, status: job.status, errorCode: failure.code, err: failure.detail }, 'print attempt failed');
      return;
    }
    // The printer acknowledged: it takes the next job while this one's DONE commits (at a busy
    // till the commit's wait for its batch and fsync was a good part of each receipt's turn).
    this.finishing.add(row.id);
    this.freePrinter(row.printer_id, row.id);
    try {
      // Outside the print's try: a failed DONE commit must never be mistaken for a failed print and reprinted.
      await commands.run('print_job.done', (tx) => markDone(tx, row.id, bytes), { actor: SYSTEM, shareCommitWithinMs: DONE_SHARES_COMMIT_WITHIN_MS });
    } finally {
      this.finishing.delete(row.id);
    }
  }

  private async print(row: PrintJobRow): Promise<{ bytes: number }> {
    const config = findPrinterConfig(this.deps.db, row.printer_id);
    if (!config) throw Object.assign(new Error(`printer ${row.printer_id} is not configured`), { code: 'PRINTER_NOT_CONFIGURED' });
    const { printer, profile } = this.deps.resolver.printerFor(config);
    let document;
    try {
      const payload = JSON.parse(sealedPrintPayloads.open(this.deps.keyring, row.id, row.payload)) as PrintPayloadSpec;
      document = renderJob(payload, profile, this.deps.timeZone, this.deps.t);
    } catch (err) {
      throw Object.assign(new Error(`cannot lay out the job: ${(err as Error).message}`), { code: 'PRINT_RENDER_FAILED' });
    }
    return printer.print(document);
  }

  /** Waits for in-flight jobs; used on shutdown and by tests. */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.idle();
  }
}
