import { listOperations, findCashierSession, recordCashierOperation, noOverride, type CashierSession } from '../cashier/index.js';
import type { CommandTx } from '../kernel/journal/command-bus.js';
import type { ModuleContext } from '../kernel/module.js';
import { findPayment, type Payment } from '../payments/index.js';
import { settleIfPaid } from './order-payment.js';

const GATEWAY_PROVIDERS = new Set(['ASAAS', 'MERCADO_PAGO']);

/**
 * Books the SALE of each captured payment of this open drawer that it does not hold yet. A PIX is
 * captured by its gateway's webhook and booked here later, by this consumer or by the drawer's
 * close, whichever runs first: either way exactly once, in the drawer it was started on.
 */
export function bookCapturedSales(tx: CommandTx, session: CashierSession, payments: Payment[]): void {
  const booked = new Set(listOperations(tx.db, session.id).filter((op) => op.type === 'SALE').map((op) => op.reference));
  for (const payment of payments) {
    if (payment.cashierSessionId !== session.id || booked.has(payment.id)) continue;
    recordCashierOperation(tx, { sessionId: session.id, type: 'SALE', method: payment.method, amountCents: payment.amountCents, reference: payment.id }, noOverride);
  }
}

/**
 * PIX payments are captured by gateway webhooks, outside any request: this durable consumer
 * books them in the drawer they were started on (unless its close already did) and settles the
 * order when it is paid in full. It reads the journal from its cursor, so a crash between capture
 * and settlement only delays it.
 */
export function registerPaymentCompletion(ctx: ModuleContext): void {
  ctx.events.durable('workflow-payment-completion', 'payment.captured', async (event) => {
    const { paymentId, provider } = event.payload;
    if (!GATEWAY_PROVIDERS.has(provider)) return;
    await ctx.commands
      .run(
      'workflow.payment_completion',
      (tx) => {
        const payment = findPayment(tx.db, paymentId);
        if (!payment) return;
        const session = payment.cashierSessionId ? findCashierSession(tx.db, payment.cashierSessionId) : null;
        if (session?.status === 'OPEN') bookCapturedSales(tx, session, [payment]);
        settleIfPaid(tx, payment.orderId);
      },
      { actor: { type: 'system', id: 'workflow:payment-completion' }, correlationId: event.correlationId },
      )
      // A business refusal (order cancelled meanwhile) is final: log it rather than retry forever.
      .catch((error: unknown) => ctx.logger.warn({ err: error, paymentId }, 'payment completion refused'));
  });
}
