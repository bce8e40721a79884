import { takeBackRejectedSale } from '../fiscal/index.js';
import type { ModuleContext } from '../kernel/module.js';
import { getOrder } from '../orders/index.js';
import type { FiscalBacklog } from './fiscal-backlog.js';

const ACTOR = { type: 'system' as const, id: 'workflow:fiscal-backlog' };

/**
 * A paid sale counts as documented while its offline NFC-e waits to be transmitted; when SEFAZ then
 * rejects it, the sale has no valid document: the backlog takes it back (pending, /health degraded)
 * until the corrected document is issued, which the inutilização of the rejected number lets the
 * next pass do, started here at once. A durable consumer: a crash between the rejection and the
 * take-back only delays it, and a replay changes nothing.
 */
export function registerRejectedSaleTakeBack(ctx: ModuleContext, backlog: FiscalBacklog): void {
  ctx.events.durable('workflow-fiscal-rejected-sale', ['fiscal.document_rejected', 'fiscal.document_voided'], async (event) => {
    const { orderId } = event.payload;
    if (event.type === 'fiscal.document_voided') {
      void backlog.drain().catch((error: unknown) => ctx.logger.warn({ err: error, orderId }, 'fiscal backlog pass failed'));
      return;
    }
    const order = getOrder(ctx.db, orderId);
    const settledAt = order?.paidAt;
    // Only a paid sale owes a document; a cancelled order owes none.
    if (!order || !settledAt || order.status === 'CANCELLED') return;
    const sale = { orderId, businessDate: order.businessDate, totalCents: order.totalCents, settledAt };
    await ctx.commands.run('fiscal.take_back_rejected_sale', (tx) => takeBackRejectedSale(tx, sale, 'FISCAL_DOCUMENT_REJECTED'), { actor: ACTOR, correlationId: orderId });
  });
}
