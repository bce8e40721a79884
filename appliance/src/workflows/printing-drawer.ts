import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { JournalEvent } from '../kernel/journal/event.js';
import type { ModuleContext } from '../kernel/module.js';
import { DRAWER_KICK_FRESH_FOR_MS, drawerKickJob, enqueuePrintJob, findPrinterConfig, hasJobWithKey } from '../printing/index.js';
import { hasTable, registerPrintingConsumer, type PrintPlan } from './printing-consumer.js';
import { readPrintRouting, tillPrinterOf } from './printing-routing.js';

/** Cash movements the operator makes with the drawer open: a cash sale (change), a refund, a sangria, a suprimento. */
const OPENING_OPERATIONS = new Set(['SALE', 'REFUND', 'WITHDRAWAL', 'DEPOSIT']);
const DRAWER_EVENTS = ['cashier.operation_recorded', 'cashier.session_opened', 'cashier.drawer_opened'] as const;
type DrawerEvent = JournalEvent<(typeof DRAWER_EVENTS)[number]>;

function opensDrawer(event: DrawerEvent): boolean {
  if (event.type === 'cashier.drawer_opened') return true;
  if (event.type === 'cashier.session_opened') return event.payload.openingFloatCents > 0;
  return event.payload.method === 'CASH' && OPENING_OPERATIONS.has(event.payload.type);
}

function sourceOf(event: DrawerEvent): { type: string; id: string } {
  if (event.type === 'cashier.drawer_opened') return { type: 'cashier_drawer_opening', id: event.payload.openingId };
  if (event.type === 'cashier.session_opened') return { type: 'cashier_session', id: event.payload.sessionId };
  return { type: 'cashier_operation', id: event.payload.operationId };
}

const dedupeKeyOf = (event: DrawerEvent) => `drawer/${sourceOf(event).id}`;

/**
 * The cash drawer opens for the operator's cash: the opening float, a cash sale, a cash refund, a
 * sangria or a suprimento, and when a manager lets it open with no sale (`cashier.drawer_opened`). The drawer hangs off its till's printer (`tillPrinters` of the print
 * routing, else the receipt printer), which fires it on a pulse (`ESC p`): a one-shot print job
 * queued in the movement's own transaction, so a movement that rolled back never opens a drawer
 * and the pulse costs no commit of its own. A durable consumer is the after-commit path for a
 * pulse the transaction could not queue (its printer configured a moment later, say).
 */
export function registerDrawerKicks(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'cashier_sessions')) return;
  const plan = (tx: CommandTx, event: DrawerEvent): PrintPlan | null => {
    if (!opensDrawer(event)) return null;
    const source = sourceOf(event);
    // Past its freshness the operation's moment has passed: the after-commit path catching up (after
    // a crash, or a printer configured later) must not open drawers for sales long done.
    if (tx.now.getTime() - Date.parse(event.occurredAt) > DRAWER_KICK_FRESH_FOR_MS) {
      ctx.logger.warn({ seq: event.seq, terminalId: event.payload.terminalId, source }, 'drawer pulse for a past cash movement; not sent');
      return null;
    }
    return { printerId: tillPrinterOf(readPrintRouting(tx.db), event.payload.terminalId), ...drawerKickJob(), source, dedupeKey: dedupeKeyOf(event) };
  };
  const queueWithMovement = (tx: CommandTx, event: DrawerEvent) => {
    const kick = plan(tx, event);
    // Without its printer the after-commit path says so in the log; the movement is not the place.
    if (kick?.printerId && findPrinterConfig(tx.db, kick.printerId)) enqueuePrintJob(tx, { ...kick, printerId: kick.printerId });
  };
  for (const type of DRAWER_EVENTS) ctx.commands.react(type, queueWithMovement);
  registerPrintingConsumer(ctx, {
    name: 'workflow-open-drawer',
    events: DRAWER_EVENTS,
    printsNothing: (event) => !opensDrawer(event) || hasJobWithKey(ctx.db, dedupeKeyOf(event)),
    plan,
  });
}
