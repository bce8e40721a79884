import { AppError } from '../kernel/errors.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { EventPattern, JournalEvent, MatchingType } from '../kernel/journal/event.js';
import type { ModuleContext } from '../kernel/module.js';
import { enqueuePrintJob, type EnqueueInput } from '../printing/index.js';

/** What one event should print; `printerId` null means the store configured no printer for it. */
export type PrintPlan = Omit<EnqueueInput, 'printerId' | 'dedupeKey'> & { printerId: string | null; dedupeKey: string };

export interface PrintingConsumer<P extends EventPattern = EventPattern> {
  /** The durable consumer's name: its cursor in `consumer_offsets`. */
  name: string;
  events: P | readonly P[];
  /**
   * Runs inside the enqueuing transaction; null when the event prints nothing (a station with a
   * screen), several plans when one event prints at several printers (an order cancelled at two stations).
   */
  plan(tx: CommandTx, event: JournalEvent<MatchingType<P>>): PrintPlan | readonly PrintPlan[] | null;
  /**
   * Optional cheap check, outside any transaction, that the event prints nothing: most events of
   * a store with screens print nothing, and a command per event would cost a COMMIT each. It must
   * only read state that `plan` reads too, so skipping never changes what gets printed.
   */
  printsNothing?(event: JournalEvent<MatchingType<P>>): boolean;
}

/**
 * A durable journal consumer that turns events into print jobs. The dedupe key makes the
 * at-least-once delivery print once; a refusal (no such printer, data the template rejects) is
 * logged and skipped so one bad event never stalls every later print, while anything else (the
 * appliance shutting down, a disk error) is thrown so the consumer retries from its cursor.
 */
export function registerPrintingConsumer<P extends EventPattern>(ctx: ModuleContext, consumer: PrintingConsumer<P>): void {
  startAtJournalHead(ctx, consumer.name);
  ctx.events.durable(consumer.name, consumer.events, async (event) => {
    if (consumer.printsNothing?.(event)) return;
    const log = { consumer: consumer.name, eventType: event.type, seq: event.seq, correlationId: event.correlationId };
    try {
      await ctx.commands.run(
        `workflow.${consumer.name}`,
        (tx) => {
          const planned = consumer.plan(tx, event);
          for (const plan of planned === null ? [] : Array.isArray(planned) ? planned : [planned as PrintPlan]) {
            if (!plan.printerId) {
              ctx.logger.warn({ ...log, kind: plan.kind }, 'no printer configured for this print; skipped');
              continue;
            }
            enqueuePrintJob(tx, { ...plan, printerId: plan.printerId });
          }
        },
        { actor: { type: 'system', id: `workflow:${consumer.name}` }, correlationId: event.correlationId },
      );
    } catch (error) {
      if (!(error instanceof AppError) || error.status >= 500) throw error;
      // A missing printer is a setup gap; data the template refuses is a bug worth an error line.
      const level = error.code === 'PRINTER_NOT_FOUND' ? 'warn' : 'error';
      ctx.logger[level]({ ...log, err: error, code: error.code, details: error.details }, 'print refused; skipped');
    }
  });
}

/**
 * A consumer new to this store starts at the current end of the journal: installing the printing
 * workflows on a store with months of history must not print every old receipt again.
 */
function startAtJournalHead(ctx: ModuleContext, name: string): void {
  ctx.db
    .prepare('INSERT INTO consumer_offsets (name, seq, updated_at) VALUES (?, ?, ?) ON CONFLICT (name) DO NOTHING')
    .run(name, ctx.journal.lastSeq(), ctx.clock.now().toISOString());
}

/** The printing workflows need the print queue's table (a test appliance may run without it). */
export const hasTable = (ctx: Pick<ModuleContext, 'db'>, table: string): boolean =>
  Boolean(ctx.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(table));
