import { listOperations, findCashierSession, recordCashierOperation, noOverride } from '../cashier/index.js';
import type { ModuleContext } from '../kernel/module.js';
import { findPayment } from '../payments/index.js';
import { settleIfPaid } from './order-payment.js';

const GATEWAY_PROVIDERS = new Set(['ASAAS', 'MERCADO_PAGO']);

/**
 * PIX payments are captured by gateway webhooks, outside any request: this durable consumer
 * books them in the drawer they were started on and settles the order when it is paid in full.
 * It reads the journal from its cursor, so a crash between capture and settlement only delays it.
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
        if (session?.status === 'OPEN' && !listOperations(tx.db, session.id).some((op) => op.reference === payment.id)) {
          recordCashierOperation(tx, { sessionId: session.id, type: 'SALE', method: payment.method, amountCents: payment.amountCents, reference: payment.id }, noOverride);
        }
        settleIfPaid(tx, payment.orderId);
      },
      { actor: { type: 'system', id: 'workflow:payment-completion' }, correlationId: event.correlationId },
      )
      // A business refusal (order cancelled meanwhile) is final: log it rather than retry forever.
      .catch((error: unknown) => ctx.logger.warn({ err: error, paymentId }, 'payment completion refused'));
  });
}
