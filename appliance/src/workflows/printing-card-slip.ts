import type { CardSlipData } from '../devices/printer/templates/index.js';
import { findCashierSession } from '../cashier/index.js';
import type { Db } from '../kernel/db/open.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { JournalEvent } from '../kernel/journal/event.js';
import type { ModuleContext } from '../kernel/module.js';
import { getOrder } from '../orders/index.js';
import { findCardCancellation, findPayment } from '../payments/index.js';
import { hasTable, registerPrintingConsumer, type PrintPlan } from './printing-consumer.js';
import { readPrintRouting, tillPrinterOf } from './printing-routing.js';

const SLIP_EVENTS = ['payment.captured', 'payment.card_cancelled'] as const;
type SlipEvent = JournalEvent<(typeof SLIP_EVENTS)[number]>;

/** A card the store's TEF terminal charged: the network's slip comes with it; a machine's card prints its own. */
const isTefCapture = (event: SlipEvent) => event.type === 'payment.card_cancelled' || event.payload.provider === 'TEF';

/** The slip's lines and its drawer, read from what the payment or the refund recorded. */
function slipOf(db: Db, event: SlipEvent): { kind: CardSlipData['kind']; lines: string[]; cashierSessionId: string | null } | null {
  if (event.type === 'payment.card_cancelled') {
    const cancellation = findCardCancellation(db, event.payload.refundId);
    return cancellation && { kind: 'CANCELLATION', lines: cancellation.receiptLines, cashierSessionId: cancellation.cashierSessionId };
  }
  const lines = findPayment(db, event.payload.paymentId)?.details.receiptLines;
  return Array.isArray(lines) ? { kind: 'SALE', lines: lines.filter((line): line is string => typeof line === 'string'), cashierSessionId: event.payload.cashierSessionId } : null;
}

function planCardSlip(tx: CommandTx, event: SlipEvent): PrintPlan | null {
  const slip = slipOf(tx.db, event);
  const order = getOrder(tx.db, event.payload.orderId);
  if (!slip || slip.lines.length === 0 || !order) return null;
  const terminalId = slip.cashierSessionId ? findCashierSession(tx.db, slip.cashierSessionId)?.terminalId : null;
  const id = event.type === 'payment.card_cancelled' ? event.payload.refundId : event.payload.paymentId;
  return {
    printerId: tillPrinterOf(readPrintRouting(tx.db), terminalId),
    kind: 'card_slip',
    payload: { template: 'card_slip', data: { orderNumber: order.number, kind: slip.kind, lines: slip.lines } satisfies CardSlipData },
    source: { type: event.type === 'payment.card_cancelled' ? 'payment_refund' : 'payment', id },
    dedupeKey: `card-slip/${id}`,
  };
}

/**
 * The card terminal's slip (comprovante) of a TEF sale, and of the estorno that gave a refund back
 * on the card, on the printer of the till that took it: the customer's copy and the store's. TEF
 * Dial answers with the slip's lines and expects them printed; the customer otherwise leaves with
 * no proof of the charge (or of the money sent back), and the store with none for a chargeback.
 */
export function registerCardSlipPrinting(ctx: ModuleContext): void {
  if (!hasTable(ctx, 'payments') || !hasTable(ctx, 'cashier_sessions')) return;
  registerPrintingConsumer(ctx, {
    name: 'workflow-print-card-slip',
    events: SLIP_EVENTS,
    printsNothing: (event) => !isTefCapture(event),
    plan: planCardSlip,
  });
}
