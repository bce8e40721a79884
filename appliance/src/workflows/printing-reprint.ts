import { assertDocumentNotUnderLegalHold, assertNotUnderLegalHold, fiscalDocumentsOfOrder } from '../fiscal/index.js';
import { businessRule, notFound } from '../kernel/errors.js';
import { runCommand } from '../kernel/http/command-route.js';
import { requirePermission } from '../kernel/http/permissions.js';
import { readParam } from '../kernel/http/validation.js';
import { newId } from '../kernel/ids.js';
import type { ModuleContext } from '../kernel/module.js';
import { getOrder } from '../orders/index.js';
import { enqueuePrintJob, guardPrintRetries } from '../printing/index.js';
import { routeDoc } from '../../contract/api/openapi/route-doc.js';
import { danfePrintDocument } from './fiscal-danfe-document.js';
import { configuredFiscal, PRINTED_STATUSES } from './fiscal-emission.js';
import { hasTable, type PrintPlan } from './printing-consumer.js';
import { planReceipt } from './printing-receipt.js';
import { receiptPrinterOfOrder } from './receipt-printer.js';
import { storeDisplayName } from './store-profile.js';

/**
 * The customer's copy of a past sale as first handed over: the DANFE of its NFC-e (or the CF-e
 * extrato) when the sale has one, otherwise the customer receipt. Read before the command: the
 * fiscal store renders the DANFE outside the writer.
 *
 * A document under legal hold (its consumer's data was erased) is refused before it is even
 * rendered, as GET /fiscal/documents/{id}/danfe refuses it: the DANFE names the consumer ("CONSUMIDOR
 * - CPF …"), and printing it is a use other than the fiscal one the hold allows.
 */
function danfePlanOf(ctx: ModuleContext, orderId: string): Omit<PrintPlan, 'printerId' | 'dedupeKey'> | null {
  const fiscal = hasTable(ctx, 'fiscal_documents') ? configuredFiscal(ctx) : null;
  const document = fiscal ? fiscalDocumentsOfOrder(ctx.db, orderId).findLast((d) => d.model !== 55 && PRINTED_STATUSES.has(d.status)) : undefined;
  if (!fiscal || !document) return null;
  assertNotUnderLegalHold(ctx.db, document.accessKey, ctx.clock.now().toISOString());
  return { kind: document.model === 59 ? 'extrato_cfe' : 'danfe_nfce', payload: { document: danfePrintDocument(fiscal.danfe(document.id)) }, source: { type: 'fiscal_document', id: document.id } };
}

/**
 * `POST /orders/{id}/receipt/reprint`: the POS's "reimprimir" of a paid sale, on the printer of the
 * till that took it. Each call is a new copy (its own dedupe key); a retry with the same Idempotency-Key is not.
 */
export function registerReceiptReprint(ctx: ModuleContext): void {
  const withTables = hasTable(ctx, 'dining_tables');
  // A DANFE job that failed before its document went under legal hold (the customer's erasure
  // withdraws those it finds; one being sent at that moment may fail after it) is not printed by a retry either.
  if (hasTable(ctx, 'fiscal_legal_holds')) guardPrintRetries(ctx, 'fiscal_document', (tx, documentId) => assertDocumentNotUnderLegalHold(tx.db, documentId, tx.nowIso));
  ctx.api.post(
    '/orders/:id/receipt/reprint',
    routeDoc({
      tag: 'printing',
      summary: 'Print again the receipt of a paid sale (its DANFE when it has an NFC-e)',
      status: 201,
      response: () => import('./answers.js').then((a) => a.printQueuedAnswer),
      errors: { 404: ['ORDER_NOT_FOUND', 'PRINTER_NOT_FOUND'], 422: ['PRINT_ORDER_NOT_PAID', 'PRINT_RECEIPT_PRINTER_MISSING'], 423: ['FISCAL_DOCUMENT_LEGAL_HOLD'] },
    }),
    requirePermission('payments.capture'),
    async (c) => {
      const orderId = readParam(c, 'id');
      const danfe = danfePlanOf(ctx, orderId);
      return runCommand(
        c,
        'printing.reprint_receipt',
        (tx) => {
          const order = getOrder(tx.db, orderId);
          if (!order) throw notFound('ORDER_NOT_FOUND', { orderId });
          if (!order.paidAt) throw businessRule('PRINT_ORDER_NOT_PAID', { orderId, status: order.status });
          // Again in the writer: an erasure committed since the DANFE was rendered holds it now.
          if (danfe?.source) assertDocumentNotUnderLegalHold(tx.db, danfe.source.id, tx.nowIso);
          const printerId = receiptPrinterOfOrder(tx.db, orderId);
          const plan = danfe ?? planReceipt(tx, orderId, storeDisplayName(tx.db, ctx.config.storeName), withTables);
          if (!printerId || !plan) throw businessRule('PRINT_RECEIPT_PRINTER_MISSING');
          const job = enqueuePrintJob(tx, { kind: plan.kind, payload: plan.payload, source: plan.source, printerId, dedupeKey: `reprint/${orderId}/${newId()}` });
          return { jobId: job.id, kind: job.kind, printerId: job.printerId };
        },
        201,
      );
    },
  );
}
