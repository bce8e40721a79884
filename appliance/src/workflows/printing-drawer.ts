import type { ModuleContext } from '../kernel/module.js';
import type { JournalEvent } from '../kernel/journal/event.js';
import { drawerKickJob } from '../printing/index.js';
import { hasTable, registerPrintingConsumer } from './printing-consumer.js';
import { readPrintRouting, tillPrinterOf } from './printing-routing.js';

/** Cash movements the operator makes with the drawer open: a cash sale (change), a refund, a sangria, a suprimento. */
const OPENING_OPERATIONS = new Set(['SALE', 'REFUND', 'WITHDRAWAL', 'DEPOSIT']);
/**
 * Older than this, the operation's moment has passed: a consumer catching up (after a crash, or a
 * printer configured later) must not open drawers for sales long done.
 */
const KICK_FRESH_FOR_MS = 60_000;

type DrawerEvent = JournalEvent<'cashier.operation_recorded' | 'cashier.session_opened'>;

function opensDrawer(event: DrawerEvent): boolean {
  if (event.type === 'cashier.session_opened') return event.payload.openingFloatCents > 0;
  return event.payload.method === 'CASH' && OPENING_OPERATIONS.has(event.payload.type);
}

const sourceOf = (event: DrawerEvent) =>
  event.type === 'cashier.session_opened' ? { type: 'cashier_session', id: event.payload.sessionId } : { type: 'cashier_operation', id: event.payload.operationId };

/**
 * The cash drawer opens for the operator's cash: the opening float, a cash sale, a cash refund, a
 * sangria or a suprimento. The drawer hangs off its till's printer (`tillPrinters` of the print
 * routing, else the receipt printer), which fires it on a pulse (`ESC p`): a one-shot print job,
 * queued after the movement committed, so a movement that rolled back never opens a drawer.
 */
export function registerDrawerKicks(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'cashier_sessions')) return;
  registerPrintingConsumer(ctx, {
    name: 'workflow-open-drawer',
    events: ['cashier.operation_recorded', 'cashier.session_opened'],
    printsNothing: (event) => !opensDrawer(event),
    plan: (tx, event) => {
      if (!opensDrawer(event)) return null;
      const source = sourceOf(event);
      if (tx.now.getTime() - Date.parse(event.occurredAt) > KICK_FRESH_FOR_MS) {
        ctx.logger.warn({ seq: event.seq, terminalId: event.payload.terminalId, source }, 'drawer pulse for a past cash movement; not sent');
        return null;
      }
      const printerId = tillPrinterOf(readPrintRouting(tx.db), event.payload.terminalId);
      return { printerId, ...drawerKickJob(), source, dedupeKey: `drawer/${source.id}` };
    },
  });
}
